package org.advocacy.gateway.web.events;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.advocacy.gateway.web.services.CampaignEvent;

/**
 * What the visitor chose in the events list's filter form (a plain GET form): an event type, a
 * country, a campaign; blank means any. Unknown values simply match nothing.
 */
public record EventFilter(String type, String country, String campaign) {

    public EventFilter {
        type = clean(type);
        country = clean(country);
        campaign = clean(campaign);
    }

    public boolean any() {
        return !type.isEmpty() || !country.isEmpty() || !campaign.isEmpty();
    }

    boolean matches(CampaignEvent event) {
        return (type.isEmpty() || type.equals(event.kind()))
                && (country.isEmpty() || event.venue() != null && country.equals(event.venue().country()))
                && (campaign.isEmpty() || campaign.equals(event.campaign()));
    }

    /** The events ahead, soonest first, and those past, latest first. */
    Listing apply(List<CampaignEvent> events, Instant now) {
        List<CampaignEvent> chosen = events.stream().filter(this::matches).toList();
        return new Listing(chosen.stream().filter(e -> e.ahead(now)).toList(),
                chosen.stream().filter(e -> !e.ahead(now)).sorted(Comparator.comparing(CampaignEvent::startsAtUtc).reversed()).toList());
    }

    /** The choices the filter offers: the countries and campaigns the events have. */
    static List<Choice> countries(List<CampaignEvent> events, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return events.stream().map(CampaignEvent::venue).filter(Objects::nonNull).map(v -> v.country()).filter(Objects::nonNull)
                .distinct().map(code -> new Choice(code, Places.country(code, locale)))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
    }

    static List<String> campaigns(List<CampaignEvent> events) {
        return events.stream().map(CampaignEvent::campaign).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public record Listing(List<CampaignEvent> upcoming, List<CampaignEvent> past) {
    }

    public record Choice(String value, String label) {
    }
}
