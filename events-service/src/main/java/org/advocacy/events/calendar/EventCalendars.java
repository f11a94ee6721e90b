package org.advocacy.events.calendar;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.advocacy.events.config.EventsProperties;
import org.advocacy.events.event.CampaignEvent;
import org.advocacy.events.event.Contact;
import org.advocacy.events.event.EventStatus;
import org.advocacy.events.event.Venue;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545), through ical4j: times in the event's own zone with its VTIMEZONE,
 * SEQUENCE raised on every change so calendars take the newest, STATUS:CANCELLED once called off.
 * A hidden address stays hidden: the city only, and a note where to find it.
 */
@Component
class EventCalendars {

    static final String PRODUCT = "-//Advocacy platform//Events//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final String publicBaseUrl;

    EventCalendars(EventsProperties properties) {
        this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    /**
     * @param addressShown  whether the viewer may see an event's address now
     * @param contactShown  whether the viewer may see a contact's private email
     */
    Calendar of(List<CampaignEvent> events, Predicate<CampaignEvent> addressShown, boolean contactShown, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Set<String> timeZones = new LinkedHashSet<>();
        events.stream().filter(event -> !event.allDay()).forEach(event -> timeZones.add(event.timeZone()));
        timeZones.forEach(zone -> calendar.add(zones.getTimeZone(zone).getVTimeZone()));
        for (CampaignEvent event : events) {
            calendar.add(vevent(event, addressShown.test(event), contactShown, now));
        }
        return calendar;
    }

    private VEvent vevent(CampaignEvent event, boolean addressShown, boolean contactShown, Instant now) {
        String title = event.titleIn("en");
        VEvent vevent = event.allDay()
                ? new VEvent(event.startsAt().toLocalDate(), event.endsAt().toLocalDate(), title)
                : new VEvent(event.startsAt().atZone(ZoneId.of(event.timeZone())), event.endsAt().atZone(ZoneId.of(event.timeZone())), title);
        vevent.add(new Uid(event.id() + "@advocacy-platform"));
        vevent.add(new DtStamp(now));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Url(URI.create(publicBaseUrl + "/events/" + event.id())));
        vevent.add(event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String description = event.description().getOrDefault("en", event.description().values().stream().findFirst().orElse(""));
        Venue venue = event.venue();
        if (venue != null && addressShown) {
            vevent.add(new Location(venue.oneLine()));
            if (venue.latitude() != null) {
                vevent.add(new Geo(BigDecimal.valueOf(venue.latitude()), BigDecimal.valueOf(venue.longitude())));
            }
            if (venue.note() != null) {
                description = description.isEmpty() ? venue.note() : description + "\n\n" + venue.note();
            }
        } else if (venue != null) {
            vevent.add(new Location(venue.city() + ", " + venue.country()));
            description = description + "\n\nThe exact place is shown to confirmed attendees.";
        }
        if (event.onlineUrl() != null && addressShown) {
            description = description + "\n\nOnline: " + event.onlineUrl();
            if (venue == null) {
                vevent.add(new Location(event.onlineUrl()));
            }
        }
        if (!description.isBlank()) {
            vevent.add(new Description(description.strip()));
        }
        Contact contact = event.contact();
        if (contact != null && contact.email() != null && (contact.emailPublic() || contactShown)) {
            Organizer organizer = new Organizer(URI.create("mailto:" + contact.email()));
            organizer.add(new Cn(contact.role() == null ? contact.name() : contact.name() + ", " + contact.role()));
            vevent.add(organizer);
        }
        return vevent;
    }
}
