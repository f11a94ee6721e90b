package org.advocacy.gateway.web.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.services.Petition;
import org.springframework.util.MultiValueMap;

/**
 * A petition as the dashboard's form holds it: texts in English and Polish, the mirrors as rows,
 * linked cases and events as comma-separated ids. What it sends is petition-service's request.
 */
public record PetitionForm(String campaign, Map<String, String> title, Map<String, String> summary,
                           Map<String, String> text, String target, String goal, String deadline, List<MirrorRow> mirrors,
                           String caseIds, String eventIds) {

    static final List<String> LANGUAGES = List.of("en", "pl");
    static final int MIRROR_ROWS = 3;

    static PetitionForm blank(String campaign) {
        return new PetitionForm(campaign, Map.of(), Map.of(), Map.of(), "", "", "", rows(List.of()), "", "");
    }

    static PetitionForm of(Petition petition) {
        return new PetitionForm(petition.campaign(), petition.title(), petition.summary(), petition.text(),
                petition.target(), Long.toString(petition.goal()),
                petition.deadline() == null ? "" : petition.deadline().toString(),
                rows(petition.mirrors().stream().map(m -> new MirrorRow(m.name(), m.url(), Long.toString(m.reportedCount()))).toList()),
                String.join(", ", petition.caseIds()), String.join(", ", petition.eventIds()));
    }

    static PetitionForm of(MultiValueMap<String, String> form) {
        List<MirrorRow> mirrors = new ArrayList<>();
        for (int i = 0; i < MIRROR_ROWS; i++) {
            mirrors.add(new MirrorRow(value(form, "mirrorName" + i), value(form, "mirrorUrl" + i), value(form, "mirrorCount" + i)));
        }
        return new PetitionForm(value(form, "campaign"), localized(form, "title"), localized(form, "summary"),
                localized(form, "text"), value(form, "target"), value(form, "goal"), value(form, "deadline"), mirrors,
                value(form, "caseIds"), value(form, "eventIds"));
    }

    /** petition-service's request; what cannot be read as a number is sent as it is, for the service to name. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaign", campaign);
        body.put("title", present(title));
        body.put("summary", present(summary));
        body.put("text", present(text));
        body.put("target", target);
        body.put("goal", number(goal));
        body.put("deadline", deadline.isBlank() ? null : deadline);
        body.put("mirrors", mirrors.stream().filter(m -> !m.empty())
                .map(m -> Map.of("name", m.name(), "url", m.url(), "reportedCount", m.count().isBlank() ? 0 : number(m.count())))
                .toList());
        body.put("caseIds", ids(caseIds));
        body.put("eventIds", ids(eventIds));
        return body;
    }

    public String title(String language) {
        return title.getOrDefault(language, "");
    }

    public String summary(String language) {
        return summary.getOrDefault(language, "");
    }

    public String text(String language) {
        return text.getOrDefault(language, "");
    }

    public record MirrorRow(String name, String url, String count) {

        boolean empty() {
            return name.isBlank() && url.isBlank() && count.isBlank();
        }
    }

    private static List<MirrorRow> rows(List<MirrorRow> mirrors) {
        List<MirrorRow> rows = new ArrayList<>(mirrors);
        while (rows.size() < Math.max(MIRROR_ROWS, mirrors.size() + 1)) {
            rows.add(new MirrorRow("", "", ""));
        }
        return rows;
    }

    private static Map<String, String> localized(MultiValueMap<String, String> form, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> texts.put(language, value(form, field + "_" + language)));
        return texts;
    }

    private static Map<String, String> present(Map<String, String> texts) {
        Map<String, String> present = new LinkedHashMap<>();
        texts.forEach((language, value) -> {
            if (!value.isBlank()) {
                present.put(language, value);
            }
        });
        return present;
    }

    private static Object number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return value.isBlank() ? null : value;
        }
    }

    private static List<String> ids(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(id -> !id.isBlank()).toList();
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
