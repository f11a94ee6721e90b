package org.advocacy.gateway.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real HTTP server that answers the pages' calls as the services do: one open petition of
 * the seed campaign, its events ({@link FakeEvents}) and cases, signing with field errors as problem details, and
 * links whose tokens starting {@code good-} work once. One for all the page tests of a run, as
 * the gateway's context is shared between them.
 */
final class FakeServices {

    static final String PETITION = "petition-1";

    final AtomicLong count = new AtomicLong(1234);
    final List<JsonNode> signatures = new CopyOnWriteArrayList<>();
    final List<String> forwardedFor = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<JsonNode> drafts = new CopyOnWriteArrayList<>();
    final List<String> steps = new CopyOnWriteArrayList<>();
    final List<JsonNode> follows = new CopyOnWriteArrayList<>();
    final List<String> endedFollows = new CopyOnWriteArrayList<>();
    final FakeEvents events = new FakeEvents();
    final List<String> resent = new CopyOnWriteArrayList<>();
    final FakeCases cases = new FakeCases();
    private final List<String> usedTokens = new CopyOnWriteArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;

    private static FakeServices shared;

    static synchronized FakeServices shared() throws IOException {
        if (shared == null) {
            shared = new FakeServices();
        }
        return shared;
    }

    private FakeServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.startsWith("/api/")) {
            forwardedFor.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        }
        try {
            if (path.equals("/actuator/health/liveness")) {
                send(exchange, 200, Map.of("status", "UP"));
            } else if (method.equals("GET") && path.equals("/api/petitions")) {
                send(exchange, 200, Map.of("items", List.of(petition()), "page", 0, "size", 100, "total", 1));
            } else if (method.equals("GET") && path.equals("/api/petitions/" + PETITION)) {
                send(exchange, 200, petition());
            } else if (method.equals("GET") && path.equals("/api/petitions/" + PETITION + "/stats")) {
                send(exchange, 200, Map.of("petitionId", PETITION, "confirmed", count.get(),
                        "byCountry", Map.of("KZ", 534, "PL", 700), "byDay", Map.of("2026-11-30", 200, "2026-12-01", 34),
                        "pendingConfirmations", 17, "milestonesReached", List.of(100, 1000)));
            } else if (method.equals("GET") && path.equals("/api/petitions/" + PETITION + "/signatures.csv")) {
                exchange.getResponseHeaders().set("Content-Type", "text/csv");
                byte[] csv = "name,country,confirmedAt\r\nAigerim,KZ,2026-12-01\r\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, csv.length);
                exchange.getResponseBody().write(csv);
                exchange.close();
            } else if (method.equals("POST") && path.equals("/api/petitions") || method.equals("PUT") && path.startsWith("/api/petitions/")) {
                JsonNode draft = json.readTree(body);
                drafts.add(draft);
                if (!draft.path("goal").isNumber()) {
                    problem(exchange, 400, "invalid-request", List.of(Map.of("field", "goal", "message", "must not be null"),
                            Map.of("field", "mirrors[0].url", "message", "must be an https:// address")));
                } else {
                    send(exchange, method.equals("POST") ? 201 : 200, petition());
                }
            } else if (method.equals("POST") && path.matches("/api/petitions/[^/]+/(opening|closing|delivery)")) {
                steps.add(path);
                send(exchange, 200, petition());
            } else if (method.equals("POST") && path.equals("/api/petitions/" + PETITION + "/signatures")) {
                sign(exchange, json.readTree(body));
            } else if (method.equals("POST") && path.startsWith("/api/signatures/")) {
                String token = json.readTree(body).path("token").asString();
                if (token.startsWith("good-") && !usedTokens.contains(path + token)) {
                    usedTokens.add(path + token);
                    count.addAndGet(path.endsWith("confirmation") ? 1 : -1);
                    send(exchange, 200, Map.of("status", "DONE", "petitionId", PETITION));
                } else {
                    problem(exchange, 410, "link-no-longer-valid", List.of());
                }
            } else if (method.equals("POST") && path.startsWith("/api/subscriptions")) {
                subscriptions(exchange, path, json.readTree(body));
            } else if (events.answer(exchange, method, path, body)) {
                return;
            } else if (method.equals("GET") && path.equals("/api/notifications/deliveries")) {
                send(exchange, 200, Map.of("items", List.of(delivery("rsvp-confirmed:r1", "rsvp-confirmed", "SENT", null, false),
                        delivery("milestone:p1:1000:h", "milestone", "FAILED", "The mail server refused the recipient's address", true)),
                        "page", 0, "size", 50, "total", 2));
            } else if (method.equals("GET") && path.equals("/api/notifications/deliveries/counts")) {
                send(exchange, 200, List.of(Map.of("kind", "milestone", "channel", "email", "sent", 3, "failed", 1, "waiting", 0),
                        Map.of("kind", "rsvp-confirmed", "channel", "email", "sent", 41, "failed", 0, "waiting", 2)));
            } else if (method.equals("POST") && path.matches("/api/notifications/deliveries/[^/]+/resend")) {
                if (path.contains("/milestone:p1:1000:h/")) {
                    resent.add(path);
                    send(exchange, 200, delivery("milestone:p1:1000:h", "milestone", "SENT", null, false));
                } else {
                    problem(exchange, 404, "not-found", List.of());
                }
            } else if (method.equals("GET") && path.equals("/api/webhooks")) {
                send(exchange, 200, Map.of("items", webhooks(), "page", 0, "size", 100, "total", 2));
            } else if (path.startsWith("/api/cases")) {
                FakeCases.Reply reply = cases.answer(method, path, query(exchange), body.length == 0 ? json.readTree("{}") : json.readTree(body));
                if (reply.errors() != null) {
                    problem(exchange, reply.status(), reply.status() == 404 ? "not-found" : "invalid-request", reply.errors());
                } else {
                    send(exchange, reply.status(), reply.body());
                }
            } else {
                problem(exchange, 404, "not-found", List.of());
            }
        } catch (RuntimeException e) {
            problem(exchange, 500, "internal-error", List.of());
        }
    }

    /** Two partners' webhook endpoints: one that works, one disabled after a day of failures. */
    private static List<Map<String, Object>> webhooks() {
        return List.of(
                Map.of("id", "ep_ok", "partnerId", "partner-open-dialogue", "url", "https://odf.example/hooks",
                        "eventTypes", List.of("org.advocacy.cases.case.published.v1"), "enabled", true,
                        "lastSuccessAt", "2026-12-01T10:15:00Z", "failures", 0),
                Map.of("id", "ep_down", "partnerId", "partner-kazakh-solidarity", "url", "https://ks.example/hooks",
                        "eventTypes", List.of("org.advocacy.events.event.published.v1"), "enabled", false,
                        "disabledReason", "Every attempt failed for 31 hours (8 attempts); the last: HTTP 503",
                        "lastFailureAt", "2026-12-01T09:00:00Z", "lastError", "HTTP 503", "failures", 8));
    }

    private void sign(HttpExchange exchange, JsonNode request) throws IOException {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.path("name").asString("").isBlank()) {
            errors.add(Map.of("field", "name", "message", "must not be blank"));
        }
        if (!request.path("email").asString("").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(Map.of("field", "email", "message", "must be a well-formed email address"));
        }
        if (!request.path("country").asString("").matches("[A-Z]{2}")) {
            errors.add(Map.of("field", "country", "message", "must be an ISO 3166-1 alpha-2 country code"));
        }
        if (!errors.isEmpty()) {
            problem(exchange, 400, "invalid-request", errors);
            return;
        }
        signatures.add(request);
        send(exchange, 202, Map.of("status", "CHECK_YOUR_EMAIL"));
    }

    /** Follows: the campaign and case c1 can be followed; tokens starting {@code good-} work. */
    private void subscriptions(HttpExchange exchange, String path, JsonNode request) throws IOException {
        String token = request.path("token").asString("");
        switch (path) {
            case "/api/subscriptions" -> {
                if (!request.path("email").asString("").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    problem(exchange, 400, "invalid-request", List.of(Map.of("field", "email", "message", "must be a well-formed email address")));
                } else if (!List.of("campaign:kazakhstan-2017", "case:c1").contains(request.path("topic").asString(""))) {
                    problem(exchange, 422, "rule-violation", List.of(Map.of("field", "topic", "message", "no such topic")));
                } else {
                    follows.add(request);
                    send(exchange, 202, Map.of("message", "check your email"));
                }
            }
            case "/api/subscriptions/manage-link" -> send(exchange, 202, Map.of("message", "check your email"));
            case "/api/subscriptions/confirmation" -> {
                if (token.startsWith("good-")) {
                    send(exchange, 200, Map.of("topic", "case:c1", "title", "Natalia Ulasik"));
                } else {
                    problem(exchange, 410, "link-no-longer-valid", List.of());
                }
            }
            case "/api/subscriptions/cancellation" -> {
                if (token.startsWith("good-")) {
                    endedFollows.add(token);
                    send(exchange, 200, Map.of("ended", true));
                } else {
                    problem(exchange, 410, "link-no-longer-valid", List.of());
                }
            }
            case "/api/subscriptions/mine" -> {
                if (token.startsWith("good-")) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (String[] f : new String[][] {{"case:c1", "Natalia Ulasik", "CONFIRMED", "good-end-case"},
                            {"campaign:kazakhstan-2017", "Stop torture in Kazakhstan", "PENDING", "good-end-campaign"}}) {
                        if (!endedFollows.contains(f[3])) {
                            items.add(Map.of("topic", f[0], "title", f[1], "status", f[2], "since", "2026-12-01T10:00:00Z",
                                    "cancelToken", f[3]));
                        }
                    }
                    send(exchange, 200, Map.of("items", items));
                } else {
                    problem(exchange, 410, "link-no-longer-valid", List.of());
                }
            }
            default -> problem(exchange, 404, "not-found", List.of());
        }
    }

    private Map<String, Object> petition() {
        return Map.ofEntries(Map.entry("id", PETITION), Map.entry("campaign", "kazakhstan-2017"),
                Map.entry("title", Map.of("en", "Appeal to stop torture in Kazakhstan", "pl", "Apel o zaprzestanie tortur w Kazachstanie")),
                Map.entry("summary", Map.of("en", "Urge the EU to demand an end to torture.", "pl", "Wezwij UE do żądania końca tortur.")),
                Map.entry("text", Map.of("en", "First paragraph.\n\nSecond paragraph.", "pl", "Pierwszy akapit.\n\nDrugi akapit.")),
                Map.entry("target", "The institutions of the European Union"), Map.entry("goal", 10000),
                Map.entry("signatureCount", count.get()), Map.entry("deadline", "2099-12-31"),
                Map.entry("mirrors", List.of(Map.of("name", "change.org", "url", "https://www.change.org/p/example", "reportedCount", 2150))),
                Map.entry("byCountry", Map.of("PL", 700, "KZ", 534)), Map.entry("status", "OPEN"));
    }

    private static Map<String, Object> delivery(String id, String kind, String status, String lastError, boolean resendable) {
        var delivery = new java.util.HashMap<String, Object>(Map.of("id", id, "kind", kind, "channel", "email",
                "recipientHash", "Qm9vZ2llV29vZ2llMTIzNDU2", "status", status, "attempts", 1,
                "createdAt", "2026-12-01T11:00:00Z", "lastAttemptAt", "2026-12-01T11:00:00Z", "resendable", resendable));
        if (lastError != null) {
            delivery.put("lastError", lastError);
        }
        return delivery;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new java.util.HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private void problem(HttpExchange exchange, int status, String type, List<Map<String, String>> errors) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        write(exchange, status, Map.of("type", "https://advocacy.example.org/problems/" + type, "title", type,
                "status", status, "detail", type, "errors", errors));
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        write(exchange, status, body);
    }

    private void write(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
