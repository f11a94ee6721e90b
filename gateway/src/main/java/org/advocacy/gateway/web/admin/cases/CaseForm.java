package org.advocacy.gateway.web.admin.cases;

import static org.advocacy.gateway.web.admin.cases.FormText.ids;
import static org.advocacy.gateway.web.admin.cases.FormText.lines;
import static org.advocacy.gateway.web.admin.cases.FormText.orNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.cases.CaseVocabulary;
import org.advocacy.gateway.web.services.CaseFile;
import org.springframework.util.MultiValueMap;

/**
 * A case's details as the dashboard's form holds them, every value as the organiser typed it, by
 * the names cases-service gives its fields ({@code person_name} for {@code person.name}), so that
 * its problem details land beside them. What it sends is the service's request.
 */
public record CaseForm(Map<String, String> values, List<String> categories, List<String> persecutionForms,
                       int decisionRows, int relatedRows, boolean withRestricted) {

    static final List<String> LANGUAGES = List.of("en", "pl");
    static final List<String> VISIBILITY_GROUPS = List.of("photo", "birthYear", "detention", "health", "decisions", "relatedPersons");
    private static final List<String> DECISION_FIELDS = List.of("body", "date", "finding_en", "finding_pl", "reference", "sourceIds");
    private static final List<String> RELATED_FIELDS = List.of("name", "caseId", "relation_en", "relation_pl");

    static CaseForm blank(String campaign, boolean admin) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("campaign", campaign);
        values.put("status", "IMPRISONED");
        VISIBILITY_GROUPS.forEach(group -> values.put("visibility_" + group, "STAFF"));
        return new CaseForm(values, List.of(), List.of(), 1, 1, admin);
    }

    static CaseForm of(CaseFile c, boolean admin) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("campaign", c.campaign());
        v.put("person_name", c.person().name());
        v.put("person_spellings", String.join("\n", c.person().spellings()));
        v.put("person_photoUrl", text(c.person().photoUrl()));
        v.put("person_birthYear", c.person().birthYear() == null ? "" : c.person().birthYear().toString());
        v.put("country", c.country());
        v.put("status", c.status());
        v.put("statusSince", text(c.statusSince()));
        texts(v, "summary", c.summary());
        texts(v, "health", c.health());
        if (c.detention() != null) {
            v.put("detention_since", text(c.detention().since()));
            v.put("detention_place", text(c.detention().place()));
            v.put("detention_charges", String.join("\n", c.detention().charges()));
            texts(v, "detention_sentence", c.detention().sentence());
            v.put("detention_expectedRelease", text(c.detention().expectedRelease()));
        }
        List<CaseFile.Decision> decisions = c.decisions() == null ? List.of() : c.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            CaseFile.Decision d = decisions.get(i);
            v.put("decisions" + i + "_body", d.body());
            v.put("decisions" + i + "_date", text(d.date()));
            texts(v, "decisions" + i + "_finding", d.finding());
            v.put("decisions" + i + "_reference", text(d.reference()));
            v.put("decisions" + i + "_sourceIds", d.sourceIds() == null ? "" : String.join(", ", d.sourceIds()));
        }
        List<CaseFile.RelatedPerson> related = c.relatedPersons() == null ? List.of() : c.relatedPersons();
        for (int i = 0; i < related.size(); i++) {
            v.put("relatedPersons" + i + "_name", related.get(i).name());
            v.put("relatedPersons" + i + "_caseId", text(related.get(i).caseId()));
            texts(v, "relatedPersons" + i + "_relation", related.get(i).relation());
        }
        v.put("links_petitionIds", String.join(", ", c.links().petitionIds()));
        v.put("links_eventIds", String.join(", ", c.links().eventIds()));
        if (c.staff() != null && c.staff().visibility() != null) {
            c.staff().visibility().forEach((group, visibility) -> v.put("visibility_" + group, visibility));
        }
        if (c.restricted() != null) {
            v.put("restricted_familyContacts", text(c.restricted().familyContacts()));
            v.put("restricted_notes", text(c.restricted().notes()));
        }
        return new CaseForm(v, List.copyOf(c.categories()), List.copyOf(c.persecutionForms()), decisions.size() + 1,
                related.size() + 1, admin);
    }

    /** The posted form; rows left empty are dropped, so that the service's row numbers match the rows shown again. */
    static CaseForm of(MultiValueMap<String, String> form, boolean admin) {
        Map<String, String> v = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!name.startsWith("decisions") && !name.startsWith("relatedPersons") && !values.isEmpty()) {
                v.put(name, values.get(0).replace("\r\n", "\n").strip());
            }
        });
        int decisions = FormText.compact(form, v, "decisions", DECISION_FIELDS);
        int related = FormText.compact(form, v, "relatedPersons", RELATED_FIELDS);
        List<String> categories = FormText.chosen(form, "categories", CaseVocabulary.CATEGORIES);
        List<String> forms = FormText.chosen(form, "persecutionForms", CaseVocabulary.FORMS);
        return new CaseForm(v, categories, forms, decisions + 1, related + 1, admin);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<Integer> decisionIndexes() {
        return java.util.stream.IntStream.range(0, decisionRows).boxed().toList();
    }

    public List<Integer> relatedIndexes() {
        return java.util.stream.IntStream.range(0, relatedRows).boxed().toList();
    }

    /** cases-service's request; a year that is not a number is sent as typed, for the service to name. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaign", value("campaign"));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", value("person_name"));
        person.put("spellings", lines(value("person_spellings")));
        person.put("photoUrl", orNull(value("person_photoUrl")));
        person.put("birthYear", number(value("person_birthYear")));
        body.put("person", person);
        body.put("country", value("country").toUpperCase());
        body.put("status", orNull(value("status")));
        body.put("statusSince", orNull(value("statusSince")));
        body.put("categories", categories);
        body.put("persecutionForms", persecutionForms);
        body.put("summary", localized("summary"));
        body.put("health", localized("health"));
        Map<String, Object> detention = new LinkedHashMap<>();
        detention.put("since", orNull(value("detention_since")));
        detention.put("place", orNull(value("detention_place")));
        detention.put("charges", lines(value("detention_charges")));
        detention.put("sentence", localized("detention_sentence"));
        detention.put("expectedRelease", orNull(value("detention_expectedRelease")));
        boolean noDetention = detention.values().stream().allMatch(x -> x == null || x instanceof java.util.Collection<?> l && l.isEmpty()
                || x instanceof Map<?, ?> m && m.isEmpty());
        body.put("detention", noDetention ? null : detention);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (int i = 0; i < decisionRows - 1; i++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("body", value("decisions" + i + "_body"));
            d.put("date", orNull(value("decisions" + i + "_date")));
            d.put("finding", localized("decisions" + i + "_finding"));
            d.put("reference", orNull(value("decisions" + i + "_reference")));
            d.put("sourceIds", ids(value("decisions" + i + "_sourceIds")));
            decisions.add(d);
        }
        body.put("decisions", decisions);
        List<Map<String, Object>> related = new ArrayList<>();
        for (int i = 0; i < relatedRows - 1; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", value("relatedPersons" + i + "_name"));
            r.put("caseId", orNull(value("relatedPersons" + i + "_caseId")));
            r.put("relation", localized("relatedPersons" + i + "_relation"));
            related.add(r);
        }
        body.put("relatedPersons", related);
        body.put("links", Map.of("petitionIds", ids(value("links_petitionIds")), "eventIds", ids(value("links_eventIds"))));
        Map<String, Object> visibility = new LinkedHashMap<>();
        VISIBILITY_GROUPS.forEach(group -> visibility.put(group, orNull(value("visibility_" + group))));
        body.put("visibility", visibility);
        if (withRestricted) {
            Map<String, Object> restricted = new LinkedHashMap<>();
            restricted.put("familyContacts", orNull(value("restricted_familyContacts")));
            restricted.put("notes", orNull(value("restricted_notes")));
            body.put("restricted", restricted);
        }
        return body;
    }

    private Map<String, String> localized(String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> {
            if (!value(field + "_" + language).isBlank()) {
                texts.put(language, value(field + "_" + language));
            }
        });
        return texts;
    }

    private static void texts(Map<String, String> v, String field, Map<String, String> texts) {
        if (texts != null) {
            texts.forEach((language, text) -> v.put(field + "_" + language, text));
        }
    }

    private static Object number(String value) {
        try {
            return value.isBlank() ? null : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
