package org.advocacy.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

/**
 * cases-service as the page tests need it: three published cases of the seed (Dzhakishev's in
 * full), search that finds him in Latin and Cyrillic, the statistics with the campaign's figure,
 * and the staff's calls, recorded; a risk review is refused as by the same person who opened it.
 */
final class FakeCases {

    static final String DZHAKISHEV = "c1";

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<JsonNode> sent = new CopyOnWriteArrayList<>();

    /** What the fake answers: a status and a body, a problem detail when {@code errors} is not null. */
    record Reply(int status, Object body, List<Map<String, String>> errors) {

        static Reply ok(Object body) {
            return new Reply(200, body, null);
        }

        static Reply problem(int status, List<Map<String, String>> errors) {
            return new Reply(status, null, errors);
        }
    }

    Reply answer(String method, String path, Map<String, String> query, JsonNode body) {
        if (method.equals("GET")) {
            return read(path, query);
        }
        calls.add(method + " " + path);
        sent.add(body);
        if (path.equals("/api/cases") || path.equals("/api/cases/" + DZHAKISHEV) && method.equals("PUT")) {
            return body.path("person").path("name").asString("").isBlank()
                    ? Reply.problem(400, List.of(Map.of("field", "person.name", "message", "must not be blank"),
                            Map.of("field", "decisions[0].body", "message", "must not be blank")))
                    : new Reply(method.equals("POST") ? 201 : 200, dzhakishev(), null);
        }
        if (path.endsWith("/risk-review")) {
            return Reply.problem(422, List.of(Map.of("field", "reviewedBy",
                    "message", "The risk review must be done by a second staff member, not by whoever opened the case.")));
        }
        if (path.endsWith("/rejection") && body.path("reason").asString("").isBlank()) {
            return Reply.problem(400, List.of(Map.of("field", "reason", "message", "must not be blank")));
        }
        if (path.contains("/submissions/")) {
            return Reply.ok(submission());
        }
        return path.startsWith("/api/cases/" + DZHAKISHEV + "/") ? Reply.ok(dzhakishev()) : Reply.problem(404, List.of());
    }

    private Reply read(String path, Map<String, String> query) {
        return switch (path) {
            case "/api/cases" -> Reply.ok(Map.of("items", list(query), "page", 0, "size", 100, "total", list(query).size()));
            case "/api/cases/stats" -> Reply.ok(Map.of("cases", 3, "byStatus", Map.of("IMPRISONED", 2, "PSYCHIATRIC_DETENTION", 1),
                    "byCountry", Map.of("KZ", 3), "byPersecutionForm", Map.of("TORTURE", 2, "DENIAL_OF_MEDICAL_CARE", 1),
                    "campaignFigures", List.of(Map.of("campaign", "kazakhstan-2017", "country", "KZ", "atLeast", 35,
                            "description", Map.of("en", "cases of political persecution in Kazakhstan",
                                    "pl", "przypadków prześladowań politycznych w Kazachstanie"),
                            "source", Map.of("title", "Stop torture in Kazakhstan: the appeal", "date", "2017-12")))));
            case "/api/cases/" + DZHAKISHEV -> Reply.ok(dzhakishev());
            case "/api/cases/c2" -> Reply.ok(brief("c2", "Natalia Ulasik", "PSYCHIATRIC_DETENTION"));
            case "/api/cases/" + DZHAKISHEV + "/revisions" -> Reply.ok(List.of(
                    Map.of("number", 1, "at", "2026-11-30T10:00:00Z", "by", "organiser", "action", "opened", "changes", List.of()),
                    Map.of("number", 2, "at", "2026-12-01T09:30:00Z", "by", "admin", "action", "revised",
                            "changes", List.of(Map.of("field", "summary", "before", "old", "after", "new")))));
            case "/api/cases/restricted-reads" -> Reply.ok(Map.of("items", List.of(Map.of("id", "r1", "caseId", DZHAKISHEV,
                    "readBy", "admin", "through", "GET /api/cases/{id}", "at", "2026-12-01T09:00:00Z")), "page", 0, "size", 50, "total", 1));
            case "/api/cases/submissions" -> Reply.ok(List.of(submission()));
            default -> Reply.problem(404, List.of());
        };
    }

    private List<Map<String, Object>> list(Map<String, String> query) {
        List<Map<String, Object>> all = List.of(dzhakishev(), brief("c2", "Natalia Ulasik", "PSYCHIATRIC_DETENTION"),
                brief("c3", "Max Bokayev", "IMPRISONED"));
        String q = query.getOrDefault("q", "").toLowerCase();
        String status = query.getOrDefault("status", "");
        return all.stream()
                .filter(c -> q.isEmpty() || (q.contains("dzakisev") || q.contains("джакишев")) && c.get("id").equals(DZHAKISHEV))
                .filter(c -> status.isEmpty() || status.equals(c.get("status"))).toList();
    }

    private static Map<String, Object> brief(String id, String name, String status) {
        return Map.of("id", id, "campaign", "kazakhstan-2017", "person", Map.of("name", name, "spellings", List.of()),
                "country", "KZ", "status", status, "persecutionForms", List.of("TORTURE"), "published", true,
                "summary", Map.of("en", name + " is persecuted.", "pl", name + " jest prześladowany."));
    }

    static Map<String, Object> dzhakishev() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", DZHAKISHEV);
        c.put("campaign", "kazakhstan-2017");
        c.put("person", Map.of("name", "Mukhtar Dzhakishev", "spellings", List.of("Мухтар Джакишев", "Jakishev")));
        c.put("country", "KZ");
        c.put("categories", List.of("RELATIVE_OR_ASSOCIATE"));
        c.put("status", "IMPRISONED");
        c.put("statusSince", "2009-05");
        c.put("persecutionForms", List.of("TORTURE", "DENIAL_OF_MEDICAL_CARE"));
        c.put("summary", Map.of("en", "Over 8 years in prison for his ties to an opposition leader.",
                "pl", "Ponad 8 lat w więzieniu za powiązania z liderem opozycji."));
        c.put("detention", Map.of("since", "2009-05", "place", "a prison colony", "charges", List.of("embezzlement")));
        c.put("health", Map.of("en", "Needs immediate hospitalisation.", "pl", "Potrzebuje natychmiastowej hospitalizacji."));
        c.put("decisions", List.of(Map.of("body", "UN Human Rights Committee", "finding",
                Map.of("en", "Demanded his immediate release.", "pl", "Zażądał jego natychmiastowego uwolnienia."),
                "sourceIds", List.of("appeal-2017"))));
        c.put("relatedPersons", List.of(Map.of("name", "Mukhtar Ablyazov",
                "relation", Map.of("en", "A leading political opponent.", "pl", "Czołowy opozycjonista."))));
        c.put("links", Map.of("petitionIds", List.of(FakeServices.PETITION), "eventIds", List.of("e-past")));
        c.put("timeline", List.of(
                Map.of("id", "t2", "date", "2017-12-08", "kind", "STATEMENT", "text", Map.of("en", "The appeal names him.",
                        "pl", "Apel wymienia jego nazwisko."), "sourceIds", List.of("appeal-2017"), "visibility", "PUBLIC"),
                Map.of("id", "t1", "date", "2009-05", "kind", "ARREST", "text", Map.of("en", "Arrested.", "pl", "Aresztowany."),
                        "sourceIds", List.of())));
        c.put("sources", List.of(Map.of("id", "appeal-2017", "title", "Stop torture in Kazakhstan: the appeal",
                "publisher", "Open Dialog Foundation", "url", "https://example.org/appeal", "date", "2017-12", "visibility", "PUBLIC")));
        c.put("published", true);
        c.put("staff", Map.of("openedBy", "organiser", "openedAt", "2026-11-30T10:00:00Z",
                "visibility", Map.of("photo", "PUBLIC", "birthYear", "PUBLIC", "detention", "PUBLIC", "health", "PUBLIC",
                        "decisions", "PUBLIC", "relatedPersons", "PUBLIC"),
                "consent", Map.of("givenBy", "FAMILY", "note", "Asked through the lawyer.", "recordedBy", "organiser"),
                "publishable", true, "revisions", 2, "pendingSubmissions", 1));
        c.put("restricted", Map.of("familyContacts", "the family's phone"));
        return c;
    }

    private static Map<String, Object> submission() {
        return Map.of("caseId", DZHAKISHEV, "id", "s1", "partnerId", "demo-partner", "state", "PENDING",
                "submittedAt", "2026-12-01T08:00:00Z", "note", "Reported by his lawyer.",
                "proposal", Map.of("timelineEntry", Map.of("date", "2017-12", "kind", "HOSPITALISATION",
                        "text", Map.of("en", "Taken to hospital."))));
    }
}
