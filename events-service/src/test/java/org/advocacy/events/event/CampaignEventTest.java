package org.advocacy.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CampaignEventTest {

    static final Venue JEAN_REY_SQUARE = new Venue("Jean Rey Square", "Jean Rey Square", "1000", "Brussels", "BE",
            "European Quarter, next to the entrance of Parc Léopold", 50.8387, 4.3771);
    static final Contact CONTACT = new Contact("Paola Gaffurini", "Advocacy Officer", "paola@example.org", null, false);
    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");

    static EventDetails protest(String startsAt, String endsAt, String timeZone, Venue venue, AddressVisibility visibility) {
        return new EventDetails(EventKind.PROTEST,
                Map.of("en", "Stop torture in Kazakhstan: save political prisoners", "pl", "Powstrzymajmy tortury w Kazachstanie"),
                Map.of(), LocalDateTime.parse(startsAt), LocalDateTime.parse(endsAt), timeZone, false, venue, null, CONTACT,
                2, visibility, List.of(), List.of());
    }

    static EventDetails brusselsProtest() {
        return protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Brussels", JEAN_REY_SQUARE, null);
    }

    @Test
    void noonInBrusselsInDecemberIsElevenUtc() {
        var event = CampaignEvent.draft("kazakhstan-2017", brusselsProtest(), NOW);

        assertThat(event.startsAtUtc()).isEqualTo(Instant.parse("2017-12-08T11:00:00Z"));
        assertThat(event.endsAtUtc()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(event.startsAt()).isEqualTo(LocalDateTime.parse("2017-12-08T12:00"));
    }

    @Test
    void summerTimeFollowsTheZoneRules() {
        var event = CampaignEvent.draft("kazakhstan-2017",
                protest("2018-07-01T12:00", "2018-07-01T13:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW);

        assertThat(event.startsAtUtc()).isEqualTo(Instant.parse("2018-07-01T10:00:00Z"));
    }

    @Test
    void aDraftIsPrivateUntilPublishedAndPublishingAnnouncesItOnce() {
        var event = CampaignEvent.draft("kazakhstan-2017", brusselsProtest(), NOW);
        assertThat(event.isPublic()).isFalse();

        var published = event.publish(NOW).orElseThrow();

        assertThat(event.isPublic()).isTrue();
        assertThat(published.schedule().eventId()).isEqualTo(event.id());
        assertThat(published.schedule().startsAt()).isEqualTo(Instant.parse("2017-12-08T11:00:00Z"));
        assertThat(published.schedule().timeZone()).isEqualTo("Europe/Brussels");
        assertThat(published.schedule().city()).isEqualTo("Brussels");
        assertThat(event.publish(NOW)).isEmpty();
    }

    @Test
    void movingAPublishedEventRaisesItsSequenceAndTellsItWasMoved() {
        var event = CampaignEvent.draft("kazakhstan-2017", brusselsProtest(), NOW);
        event.publish(NOW);

        var updated = event.revise(protest("2017-12-08T13:00", "2017-12-08T14:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW)
                .orElseThrow();

        assertThat(updated.moved()).isTrue();
        assertThat(updated.schedule().startsAt()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(updated.schedule().sequence()).isEqualTo(1);
        assertThat(event.revise(protest("2017-12-08T13:00", "2017-12-08T14:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW)
                .orElseThrow().moved()).isFalse();
        assertThat(event.sequence()).isEqualTo(2);
    }

    @Test
    void revisingADraftAnnouncesNothing() {
        var event = CampaignEvent.draft("kazakhstan-2017", brusselsProtest(), NOW);

        assertThat(event.revise(brusselsProtest(), NOW)).isEmpty();
        assertThat(event.sequence()).isEqualTo(1);
    }

    @Test
    void cancellingAPublishedEventAnnouncesItOnceAndFreezesIt() {
        var event = CampaignEvent.draft("kazakhstan-2017", brusselsProtest(), NOW);
        event.publish(NOW);

        var cancelled = event.cancel(NOW).orElseThrow();

        assertThat(cancelled.schedule().sequence()).isEqualTo(1);
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.cancel(NOW)).isEmpty();
        assertThat(event.takesRsvps(NOW)).isFalse();
        assertViolationOn("status", () -> event.revise(brusselsProtest(), NOW));
        assertViolationOn("status", () -> event.publish(NOW));
    }

    @Test
    void aHiddenAddressIsForStaffAndAttendeesUntilItsReleaseTime() {
        var event = CampaignEvent.draft("kazakhstan-2017", protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Brussels",
                JEAN_REY_SQUARE, new AddressVisibility(AddressVisibility.Mode.ATTENDEES, 2)), NOW);

        assertThat(event.addressShownTo(Viewer.PUBLIC, NOW)).isFalse();
        assertThat(event.addressShownTo(Viewer.ATTENDEE, NOW)).isTrue();
        assertThat(event.addressShownTo(Viewer.STAFF, NOW)).isTrue();
        // Released two hours before 11:00 UTC.
        assertThat(event.addressShownTo(Viewer.PUBLIC, Instant.parse("2017-12-08T08:59:59Z"))).isFalse();
        assertThat(event.addressShownTo(Viewer.PUBLIC, Instant.parse("2017-12-08T09:00:00Z"))).isTrue();
    }

    @Test
    void aHiddenAddressNeverReachesTheMessages() {
        var event = CampaignEvent.draft("kazakhstan-2017", new EventDetails(EventKind.WEBINAR, Map.of("en", "Briefing"), null,
                LocalDateTime.parse("2017-12-12T18:00"), LocalDateTime.parse("2017-12-12T19:00"), "Europe/Warsaw", false, null,
                "https://meet.example.org/briefing", null, null, new AddressVisibility(AddressVisibility.Mode.ATTENDEES, null),
                null, null), NOW);

        assertThat(event.publish(NOW).orElseThrow().schedule().onlineUrl()).isNull();
    }

    @Test
    void anAllDayEventRunsFromMidnightToMidnight() {
        var anniversary = new EventDetails(EventKind.ANNIVERSARY, Map.of("en", "6th anniversary of the Zhanaozen massacre"), null,
                LocalDateTime.parse("2017-12-16T00:00"), LocalDateTime.parse("2017-12-17T00:00"), "Asia/Aqtau", true, null, null,
                null, null, null, null, null);
        assertThat(CampaignEvent.draft("kazakhstan-2017", anniversary, NOW).startsAtUtc()).isEqualTo(Instant.parse("2017-12-15T19:00:00Z"));

        assertViolationOn("allDay", () -> CampaignEvent.draft("kazakhstan-2017", new EventDetails(EventKind.ANNIVERSARY,
                Map.of("en", "x"), null, LocalDateTime.parse("2017-12-16T10:00"), LocalDateTime.parse("2017-12-17T00:00"),
                "Asia/Aqtau", true, null, null, null, null, null, null, null), NOW));
    }

    @Test
    void withoutEnglishTheTitleFallsBackToTheFirstLanguage() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("pl", "Rocznica masakry w Żanaozen");
        title.put("ru", "Годовщина расстрела в Жанаозене");
        var event = CampaignEvent.draft("kazakhstan-2017", new EventDetails(EventKind.ANNIVERSARY, title, null,
                LocalDateTime.parse("2017-12-16T10:00"), LocalDateTime.parse("2017-12-16T11:00"), "Asia/Aqtau", false,
                null, null, null, null, null, null, null), NOW);

        assertThat(event.titleIn("de")).isEqualTo("Rocznica masakry w Żanaozen");
        assertThat(event.titleIn("ru")).isEqualTo("Годовщина расстрела в Жанаозене");
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefused() {
        assertViolationOn("endsAt", () -> CampaignEvent.draft("k", protest("2017-12-08T13:00", "2017-12-08T12:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW));
        assertViolationOn("endsAt", () -> CampaignEvent.draft("k", protest("2017-12-08T12:00", "2017-12-08T12:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW));
    }

    @Test
    void onlyAnIanaZoneWillDo() {
        assertViolationOn("timeZone", () -> CampaignEvent.draft("k", protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Atlantis", JEAN_REY_SQUARE, null), NOW));
        assertViolationOn("timeZone", () -> CampaignEvent.draft("k", protest("2017-12-08T12:00", "2017-12-08T13:00", "+01:00", JEAN_REY_SQUARE, null), NOW));
    }

    @Test
    void aWallTimeTheClocksSkipIsRefused() {
        // Brussels went from 02:00 to 03:00 on 25 March 2018.
        assertViolationOn("startsAt", () -> CampaignEvent.draft("k", protest("2018-03-25T02:30", "2018-03-25T04:00", "Europe/Brussels", JEAN_REY_SQUARE, null), NOW));
    }

    @Test
    void aProtestNeedsAVenueAndOnlyAnAddressCanBeHidden() {
        assertViolationOn("venue", () -> CampaignEvent.draft("k", protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Brussels", null, null), NOW));
        assertViolationOn("addressVisibility", () -> CampaignEvent.draft("k", new EventDetails(EventKind.DEBATE, Map.of("en", "x"),
                null, LocalDateTime.parse("2017-12-13T09:00"), LocalDateTime.parse("2017-12-13T10:00"), "Europe/Paris", false,
                null, null, null, null, new AddressVisibility(AddressVisibility.Mode.ATTENDEES, null), null, null), NOW));
    }

    @Test
    void aVenueHasBothCoordinatesOrNeither() {
        assertViolationOn("venue.longitude", () -> new Venue("Jean Rey Square", null, null, "Brussels", "BE", null, 50.8387, null));
        assertThat(new Venue("Jean Rey Square", null, "1000", "Brussels", "BE", null, null, null).oneLine())
                .isEqualTo("Jean Rey Square, 1000 Brussels, BE");
    }

    private static void assertViolationOn(String field, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo(field));
    }
}
