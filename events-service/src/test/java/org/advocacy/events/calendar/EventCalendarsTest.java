package org.advocacy.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Geo;
import org.advocacy.events.config.EventsProperties;
import org.advocacy.events.event.AddressVisibility;
import org.advocacy.events.event.CampaignEvent;
import org.advocacy.events.event.Contact;
import org.advocacy.events.event.EventDetails;
import org.advocacy.events.event.EventKind;
import org.advocacy.events.event.Venue;
import org.junit.jupiter.api.Test;

class EventCalendarsTest {

    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");
    final EventCalendars calendars = new EventCalendars(new EventsProperties("k", "k", "https://advocacy.example.org/", null));

    static EventDetails protest(AddressVisibility visibility, boolean emailPublic) {
        return new EventDetails(EventKind.PROTEST, Map.of("en", "Protest in Brussels"), Map.of("en", "Stop torture in Kazakhstan."),
                LocalDateTime.parse("2017-12-08T12:00"), LocalDateTime.parse("2017-12-08T13:00"), "Europe/Brussels", false,
                new Venue("Jean Rey Square", "Jean Rey Square", "1000", "Brussels", "BE",
                        "European Quarter, next to the entrance of Parc Léopold", 50.8387, 4.3771),
                null, new Contact("Paola Gaffurini", "Advocacy Officer", "paola@example.org", null, emailPublic), null,
                visibility, null, null);
    }

    @Test
    void anEventReadsBackFieldByField() throws Exception {
        CampaignEvent event = CampaignEvent.draft("kazakhstan-2017", protest(null, true), NOW);
        event.publish(NOW);

        VEvent vevent = onlyEvent(roundTrip(calendars.of(List.of(event), e -> true, false, NOW)));

        assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(event.id() + "@advocacy-platform");
        assertThat(property(vevent, Property.SUMMARY)).isEqualTo("Protest in Brussels");
        ZonedDateTime start = (ZonedDateTime) vevent.getStartDate().orElseThrow().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2017-12-08T11:00:00Z"));
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2017-12-08T12:00"));
        assertThat(vevent.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Brussels");
        assertThat(((ZonedDateTime) vevent.getEndDate().orElseThrow().getDate()).toInstant()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(property(vevent, Property.LOCATION)).isEqualTo("Jean Rey Square, 1000 Brussels, BE");
        assertThat(geo(vevent).getLatitude()).isEqualByComparingTo(new BigDecimal("50.8387"));
        assertThat(geo(vevent).getLongitude()).isEqualByComparingTo(new BigDecimal("4.3771"));
        assertThat(property(vevent, Property.URL)).isEqualTo("https://advocacy.example.org/events/" + event.id());
        assertThat(property(vevent, Property.ORGANIZER)).isEqualTo("mailto:paola@example.org");
        assertThat(vevent.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Paola Gaffurini, Advocacy Officer");
        assertThat(property(vevent, Property.DESCRIPTION)).contains("Stop torture in Kazakhstan.", "next to the entrance of Parc Léopold");
        assertThat(property(vevent, Property.SEQUENCE)).isEqualTo("0");
        assertThat(property(vevent, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void theCalendarCarriesTheZoneItsTimesAreIn() throws Exception {
        CampaignEvent event = CampaignEvent.draft("kazakhstan-2017", protest(null, true), NOW);

        Calendar parsed = roundTrip(calendars.of(List.of(event), e -> true, false, NOW));

        List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Brussels");
    }

    @Test
    void everyChangeRaisesTheSequenceAndACancelledEventSaysSo() throws Exception {
        CampaignEvent event = CampaignEvent.draft("kazakhstan-2017", protest(null, true), NOW);
        event.publish(NOW);
        event.revise(protest(null, true), NOW);
        event.cancel(NOW);

        VEvent vevent = onlyEvent(roundTrip(calendars.of(List.of(event), e -> true, false, NOW)));

        assertThat(property(vevent, Property.SEQUENCE)).isEqualTo("2");
        assertThat(property(vevent, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aHiddenAddressAndAPrivateEmailStayOutOfThePublicsCalendar() throws Exception {
        CampaignEvent event = CampaignEvent.draft("kazakhstan-2017",
                protest(new AddressVisibility(AddressVisibility.Mode.ATTENDEES, null), false), NOW);

        String text = write(calendars.of(List.of(event), e -> false, false, NOW));
        VEvent vevent = onlyEvent(parse(text));

        assertThat(text).doesNotContain("Jean Rey", "Léopold", "50.8387", "paola@example.org");
        assertThat(property(vevent, Property.LOCATION)).isEqualTo("Brussels, BE");
        assertThat(vevent.getProperty(Property.GEO)).isEmpty();
        assertThat(vevent.getProperty(Property.ORGANIZER)).isEmpty();
        assertThat(property(vevent, Property.DESCRIPTION)).contains("shown to confirmed attendees");
    }

    @Test
    void anAllDayEventIsADate() throws Exception {
        CampaignEvent anniversary = CampaignEvent.draft("kazakhstan-2017", new EventDetails(EventKind.ANNIVERSARY,
                Map.of("en", "6th anniversary of the Zhanaozen massacre"), null, LocalDateTime.parse("2017-12-16T00:00"),
                LocalDateTime.parse("2017-12-17T00:00"), "Asia/Aqtau", true, null, null, null, null, null, null, null), NOW);

        VEvent vevent = onlyEvent(roundTrip(calendars.of(List.of(anniversary), e -> true, false, NOW)));

        assertThat(vevent.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.parse("2017-12-16"));
        assertThat(vevent.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.parse("2017-12-17"));
    }

    private static String property(VEvent vevent, String name) {
        return vevent.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Geo geo(VEvent vevent) {
        return vevent.<Geo>getProperty(Property.GEO).orElseThrow();
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Calendar roundTrip(Calendar calendar) throws Exception {
        return parse(write(calendar));
    }

    static String write(Calendar calendar) throws Exception {
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        return out.toString();
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }
}
