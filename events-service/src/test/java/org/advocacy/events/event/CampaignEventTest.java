package org.advocacy.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CampaignEventTest {

    static final Venue JEAN_REY_SQUARE = new Venue("Jean Rey Square", "Place Jean Rey, 1000", "Brussels", "BE", 50.8387, 4.3771);
    static final Contact ORGANISER = new Contact("Advocacy officer", "advocacy@example.org", null);
    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");

    static CampaignEvent.Scheduled protest(String startsAt, String endsAt, String timeZone, Venue venue) {
        return CampaignEvent.schedule("kazakhstan-2017", EventKind.PROTEST,
                Map.of("en", "Stop torture in Kazakhstan: save political prisoners", "pl", "Powstrzymajmy tortury w Kazachstanie"),
                Map.of(), LocalDateTime.parse(startsAt), LocalDateTime.parse(endsAt), timeZone, venue, null, ORGANISER, NOW);
    }

    static CampaignEvent.Scheduled brusselsProtest() {
        return protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Brussels", JEAN_REY_SQUARE);
    }

    @Test
    void noonInBrusselsInDecemberIsElevenUtc() {
        var scheduled = brusselsProtest();

        assertThat(scheduled.event().startsAtUtc()).isEqualTo(Instant.parse("2017-12-08T11:00:00Z"));
        assertThat(scheduled.event().endsAtUtc()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(scheduled.event().startsAt()).isEqualTo(LocalDateTime.parse("2017-12-08T12:00"));
    }

    @Test
    void summerTimeFollowsTheZoneRules() {
        var scheduled = protest("2018-07-01T12:00", "2018-07-01T13:00", "Europe/Brussels", JEAN_REY_SQUARE);

        assertThat(scheduled.event().startsAtUtc()).isEqualTo(Instant.parse("2018-07-01T10:00:00Z"));
    }

    @Test
    void schedulingAnnouncesTheEventWithItsInstants() {
        var scheduled = brusselsProtest();
        var announcement = scheduled.announcement();

        assertThat(announcement.eventId()).isEqualTo(scheduled.event().id());
        assertThat(announcement.campaign()).isEqualTo("kazakhstan-2017");
        assertThat(announcement.kind()).isEqualTo("PROTEST");
        assertThat(announcement.title()).isEqualTo("Stop torture in Kazakhstan: save political prisoners");
        assertThat(announcement.startsAt()).isEqualTo(Instant.parse("2017-12-08T11:00:00Z"));
        assertThat(announcement.endsAt()).isEqualTo(Instant.parse("2017-12-08T12:00:00Z"));
        assertThat(announcement.timeZone()).isEqualTo("Europe/Brussels");
    }

    @Test
    void withoutEnglishTheAnnouncementTakesTheFirstLanguage() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("pl", "Rocznica masakry w Żanaozen");
        title.put("ru", "Годовщина расстрела в Жанаозене");
        var scheduled = CampaignEvent.schedule("kazakhstan-2017", EventKind.ANNIVERSARY, title, null,
                LocalDateTime.parse("2017-12-16T10:00"), LocalDateTime.parse("2017-12-16T11:00"), "Asia/Aqtau",
                null, null, null, NOW);

        assertThat(scheduled.announcement().title()).isEqualTo("Rocznica masakry w Żanaozen");
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefused() {
        assertViolationOn("endsAt", () -> protest("2017-12-08T13:00", "2017-12-08T12:00", "Europe/Brussels", JEAN_REY_SQUARE));
        assertViolationOn("endsAt", () -> protest("2017-12-08T12:00", "2017-12-08T12:00", "Europe/Brussels", JEAN_REY_SQUARE));
    }

    @Test
    void onlyAnIanaZoneWillDo() {
        assertViolationOn("timeZone", () -> protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Atlantis", JEAN_REY_SQUARE));
        assertViolationOn("timeZone", () -> protest("2017-12-08T12:00", "2017-12-08T13:00", "+01:00", JEAN_REY_SQUARE));
    }

    @Test
    void aWallTimeTheClocksSkipIsRefused() {
        // Brussels went from 02:00 to 03:00 on 25 March 2018.
        assertViolationOn("startsAt", () -> protest("2018-03-25T02:30", "2018-03-25T04:00", "Europe/Brussels", JEAN_REY_SQUARE));
    }

    @Test
    void aProtestOrAVigilNeedsAVenueAWebinarDoesNot() {
        assertViolationOn("venue", () -> protest("2017-12-08T12:00", "2017-12-08T13:00", "Europe/Brussels", null));

        var webinar = CampaignEvent.schedule("kazakhstan-2017", EventKind.WEBINAR, Map.of("en", "Briefing"), null,
                LocalDateTime.parse("2017-12-12T18:00"), LocalDateTime.parse("2017-12-12T19:00"), "Europe/Warsaw",
                null, "https://meet.example.org/briefing", ORGANISER, NOW);
        assertThat(webinar.event().venue()).isNull();
    }

    @Test
    void aVenueHasBothCoordinatesOrNeither() {
        assertViolationOn("venue.longitude", () -> new Venue("Jean Rey Square", "Place Jean Rey", "Brussels", "BE", 50.8387, null));
        assertThat(new Venue("Jean Rey Square", "Place Jean Rey", "Brussels", "BE", null, null).latitude()).isNull();
    }

    private static void assertViolationOn(String field, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo(field));
    }
}
