package org.advocacy.devstack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The seed campaign's data, checked before it ever reaches the API. */
class SeedFilesTest {

    private static final Set<String> TEXT_FIELDS = Set.of("title", "description", "summary", "text");
    private final SeedCampaign campaign = SeedCampaign.load(SeedCampaign.FIRST_CAMPAIGN, new ObjectMapper());

    @Test
    void eachFileParsesAndPostsToTheApi() {
        assertThat(campaign.files()).extracting(SeedFile::post)
                .containsExactly("/api/events", "/api/cases", "/api/cases/figures", "/api/petitions");
        assertThat(file("/api/events").items()).hasSize(4);
        assertThat(file("/api/cases").items()).hasSize(7);
        assertThat(file("/api/petitions").items()).hasSize(1);
        assertThat(file("/api/events").then()).extracting(SeedFile.FollowUp::post).containsExactly("/api/events/{id}/publication");
        assertThat(file("/api/petitions").then()).extracting(SeedFile.FollowUp::post).containsExactly("/api/petitions/{id}/opening");
    }

    @Test
    void casesArePublishedThroughTheGateConsentThenASecondStaffMembersReview() {
        assertThat(file("/api/cases").then()).extracting(f -> f.post() + " as " + f.as()).containsExactly(
                "/api/cases/{id}/consent as organiser", "/api/cases/{id}/risk-review as admin",
                "/api/cases/{id}/publication as organiser");
        assertThat(file("/api/cases").then().get(1).body().orElseThrow().path("approved").asBoolean()).isTrue();
    }

    @Test
    void theCasesSayWhatTheAppealSaysAndNoMore() {
        JsonNode dzhakishev = item("/api/cases", "Mukhtar Dzhakishev");
        assertThat(dzhakishev.path("relatedPersons").get(0).path("name").asText()).isEqualTo("Mukhtar Ablyazov");
        assertThat(dzhakishev.path("decisions").get(0).path("body").asText()).isEqualTo("UN Human Rights Committee");
        assertThat(item("/api/cases", "Max Bokayev").path("decisions").get(0).path("body").asText())
                .isEqualTo("UN Human Rights Committee");
        for (String journalist : List.of("Zhanbolat Mamay", "Seikazy Matayev")) {
            JsonNode freed = item("/api/cases", journalist);
            assertThat(freed.path("status").asText()).isEqualTo("RELEASED");
            assertThat(freed.path("statusSince").asText()).isEqualTo("2017");
            assertThat(freed.path("timeline").get(0).path("kind").asText()).isEqualTo("RELEASE");
        }
        // The appeal dates nothing more precisely than the year, and gives no birth years, photos or places of detention.
        for (JsonNode caseFile : file("/api/cases").items()) {
            caseFile.path("timeline").forEach(entry -> assertThat(entry.path("date").asText()).isEqualTo("2017"));
            assertThat(caseFile.path("person").has("birthYear")).isFalse();
            assertThat(caseFile.path("person").has("photoUrl")).isFalse();
            assertThat(caseFile.path("sources")).extracting(source -> source.path("id").asText()).containsExactly("appeal-2017");
        }
        JsonNode figure = file("/api/cases/figures").items().get(0);
        assertThat(figure.path("atLeast").asInt()).isEqualTo(35);
        assertThat(figure.path("source").path("title").asText()).startsWith("Powstrzymajmy tortury w Kazachstanie");
    }

    @Test
    void everyTextIsInEnglishAndPolish() {
        List<String> problems = new ArrayList<>();
        for (SeedFile file : campaign.files()) {
            for (JsonNode item : file.items()) {
                checkTexts(file.name() + ":" + SeedFile.label(item), item, problems);
                for (String field : TEXT_FIELDS) {
                    if (item.has(field)) {
                        assertThat(item.get(field).isObject()).as(field + " of " + SeedFile.label(item)).isTrue();
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyItemBelongsToTheCampaign() {
        campaign.files().forEach(file -> file.items().forEach(item ->
                assertThat(item.path("campaign").asText()).isEqualTo("kazakhstan-2017")));
    }

    @Test
    void eventsHaveAKnownKindAndAWindowInARealTimeZone() {
        Set<String> kinds = Set.of("PROTEST", "DEBATE", "VOTE", "ANNIVERSARY", "VIGIL", "HEARING", "WEBINAR");
        for (JsonNode event : file("/api/events").items()) {
            assertThat(kinds).contains(event.path("kind").asText());
            ZoneId.of(event.path("timeZone").asText());
            assertThat(LocalDateTime.parse(event.path("endsAt").asText()))
                    .isAfter(LocalDateTime.parse(event.path("startsAt").asText()));
        }
        JsonNode protest = file("/api/events").items().get(0);
        assertThat(protest.path("startsAt").asText()).isEqualTo("2017-12-08T12:00:00");
        assertThat(protest.path("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(protest.path("contact").path("email").asText()).isEqualTo("paola.gaffurini@odfoundation.eu");
    }

    @Test
    void theEventsSayWhatTheAppealSaysAndNothingMore() {
        List<JsonNode> events = file("/api/events").items();
        JsonNode protest = events.get(0);
        assertThat(protest.path("endsAt").asText()).isEqualTo("2017-12-08T13:00:00");
        assertThat(protest.path("venue").path("postcode").asText()).isEqualTo("1000");
        assertThat(protest.path("venue").path("note").asText()).contains("Parc Léopold");
        // The appeal gives no coordinates: none are made up.
        assertThat(protest.path("venue").path("latitude").isNull()).isTrue();
        assertThat(protest.path("contact").path("role").asText()).isEqualTo("Advocacy Officer");
        // The appeal itself publishes the contact's address.
        assertThat(protest.path("contact").path("emailPublic").asBoolean()).isTrue();
        // The appeal names the days of the debate, the vote and the anniversary, not their hours.
        assertThat(events.subList(1, 4)).extracting(event -> event.path("kind").asText() + " " + event.path("startsAt").asText()
                        + " " + event.path("allDay").asBoolean())
                .containsExactly("DEBATE 2017-12-13T00:00:00 true", "VOTE 2017-12-14T00:00:00 true",
                        "ANNIVERSARY 2017-12-16T00:00:00 true");
        assertThat(events.get(3).path("timeZone").asText()).isEqualTo("Asia/Aqtau");
    }

    @Test
    void casesUseTheKnownStatusesAndPersecutionForms() {
        Set<String> statuses = Set.of("IMPRISONED", "PRE_TRIAL_DETENTION", "PSYCHIATRIC_DETENTION", "UNDER_INVESTIGATION",
                "HOUSE_ARREST", "PERSECUTED_ABROAD", "RELEASED", "DECEASED");
        Set<String> forms = Set.of("FABRICATED_EVIDENCE", "TORTURE", "DENIAL_OF_MEDICAL_CARE", "INTERPOL_RED_NOTICE_ABUSE",
                "EXTRADITION_REQUEST", "PSYCHIATRIC_INTERNMENT", "HARASSMENT_OF_RELATIVES", "TRAVEL_BAN", "ASSET_SEIZURE");
        for (JsonNode caseFile : file("/api/cases").items()) {
            assertThat(statuses).contains(caseFile.path("status").asText());
            caseFile.path("persecutionForms").forEach(form -> assertThat(forms).contains(form.asText()));
            assertThat(caseFile.path("country").asText()).isEqualTo("KZ");
        }
        assertThat(file("/api/cases").items()).extracting(c -> c.path("person").path("name").asText())
                .containsExactly("Max Bokayev", "Mukhtar Dzhakishev", "Iskander Yerimbetov", "Muratkhan Tokmadi",
                        "Natalia Ulasik", "Zhanbolat Mamay", "Seikazy Matayev");
    }

    @Test
    void thePetitionIsTheAppealMirroredOnChangeOrg() {
        JsonNode petition = file("/api/petitions").items().get(0);
        assertThat(petition.path("title").path("en").asText()).isEqualTo("Appeal to stop torture in Kazakhstan and save political prisoners");
        assertThat(petition.path("title").path("pl").asText()).isEqualTo("Apel o zaprzestanie stosowania tortur w Kazachstanie i uratowanie więźniów politycznych");
        assertThat(petition.path("mirrors").get(0).path("name").asText()).isEqualTo("change.org");
        assertThat(petition.path("goal").asInt()).isPositive();
    }

    /** Every object with a text in one language has it in both, and neither is blank. */
    private static void checkTexts(String where, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            if (node.has("en") || node.has("pl")) {
                for (String language : List.of("en", "pl")) {
                    if (node.path(language).asText("").isBlank()) {
                        problems.add(where + ": no " + language + " text in " + node);
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("source") || field.getKey().equals("sources")) {
                    continue; // a source's title is the document's own, in its own language
                }
                if (TEXT_FIELDS.contains(field.getKey()) && !field.getValue().isObject()) {
                    problems.add(where + ": " + field.getKey() + " is not a text per language");
                }
                checkTexts(where + "." + field.getKey(), field.getValue(), problems);
            }
        } else if (node.isArray()) {
            node.forEach(element -> checkTexts(where, element, problems));
        }
    }

    private JsonNode item(String post, String personName) {
        return file(post).items().stream().filter(i -> i.path("person").path("name").asText().equals(personName))
                .findFirst().orElseThrow();
    }

    private SeedFile file(String post) {
        return campaign.files().stream().filter(f -> f.post().equals(post)).findFirst().orElseThrow();
    }
}
