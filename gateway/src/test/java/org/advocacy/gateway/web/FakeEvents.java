package org.advocacy.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * events-service's part of {@link FakeServices}: an event ahead, one past, one whose address only
 * confirmed attendees see (organisers get it in full, with its setting), and a draft that only
 * organisers see; RSVPs with field errors as problem details; link tokens starting {@code good-}
 * confirm or cancel once, {@code full-} lands on the waiting list.
 */
final class FakeEvents {

    static final String HIDDEN_STREET = "Rue Secrète 7";

    final List<JsonNode> rsvps = new CopyOnWriteArrayList<>();
    final List<JsonNode> drafts = new CopyOnWriteArrayList<>();
    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    final List<String> steps = new CopyOnWriteArrayList<>();
    private final List<String> usedTokens = new CopyOnWriteArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @return whether the call was one of events-service's */
    boolean answer(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        boolean staff = exchange.getRequestHeaders().getFirst("Authorization") != null;
        if (!path.startsWith("/api/events") && !path.startsWith("/api/rsvps/")) {
            return false;
        }
        if (method.equals("GET") && path.equals("/api/events")) {
            List<Object> items = new ArrayList<>(List.of(event("e-next", staff), event("e-past", staff), event("e-hidden", staff)));
            if (staff) {
                items.add(event("e-draft", true));
            }
            send(exchange, 200, Map.of("items", items, "page", 0, "size", 100, "total", items.size()));
        } else if (method.equals("GET") && path.matches("/api/events/e-(next|past|hidden)") || staff && path.equals("/api/events/e-draft")) {
            send(exchange, 200, event(path.substring(path.lastIndexOf('/') + 1), staff));
        } else if (method.equals("POST") && path.matches("/api/events/e-[a-z]+/rsvps")) {
            rsvp(exchange, json.readTree(body));
        } else if (method.equals("POST") && path.startsWith("/api/rsvps/")) {
            String token = json.readTree(body).path("token").asString();
            if ((token.startsWith("good-") || token.startsWith("full-")) && !usedTokens.contains(path + token)) {
                usedTokens.add(path + token);
                String status = path.endsWith("cancellation") ? "CANCELLED" : token.startsWith("full-") ? "WAITING" : "CONFIRMED";
                send(exchange, 200, Map.of("status", status, "message", "", "eventId", "e-next"));
            } else {
                problem(exchange, 410, "link-no-longer-valid", List.of());
            }
        } else if (staff && (method.equals("POST") && path.equals("/api/events") || method.equals("PUT") && path.startsWith("/api/events/"))) {
            JsonNode draft = json.readTree(body);
            drafts.add(draft);
            if (draft.path("startsAt").isNull() || draft.path("startsAt").isMissingNode()) {
                problem(exchange, 400, "invalid-request", List.of(Map.of("field", "startsAt", "message", "must not be null"),
                        Map.of("field", "venue.city", "message", "must not be blank")));
            } else {
                send(exchange, method.equals("POST") ? 201 : 200, event("e-draft", true));
            }
        } else if (staff && method.equals("POST") && path.matches("/api/events/e-[a-z]+/(publication|cancellation)")) {
            steps.add(path);
            send(exchange, 200, event("e-next", true));
        } else if (staff && method.equals("GET") && path.endsWith("/attendees")) {
            send(exchange, 200, List.of(Map.of("rsvpId", "r1", "name", "Aigerim Nurlanovna", "status", "CONFIRMED"),
                    Map.of("rsvpId", "r2", "name", "Jan Kowalski", "status", "CONFIRMED", "checkedInAt", "2099-06-01T11:05:00Z"),
                    Map.of("rsvpId", "r3", "name", "Olga Petrova", "status", "WAITING")));
        } else if (staff && method.equals("GET") && path.endsWith("/attendee-counts")) {
            send(exchange, 200, Map.of("pending", 4, "confirmed", 2, "waiting", 1, "checkedIn", 1));
        } else if (staff && method.equals("GET") && path.endsWith("/attendees.csv")) {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            byte[] csv = ("name,status,checked_in" + (query.contains("includeEmail=true") ? ",email" : "")
                    + "\r\nAigerim Nurlanovna,CONFIRMED,\r\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, csv.length);
            exchange.getResponseBody().write(csv);
            exchange.close();
        } else if (staff && method.equals("POST") && path.matches("/api/events/e-[a-z]+/attendees/[^/]+/check-in")) {
            steps.add(path);
            send(exchange, 200, Map.of("rsvpId", "r1", "name", "Aigerim Nurlanovna", "status", "CONFIRMED", "checkedInAt", "2099-06-01T11:00:00Z"));
        } else if (staff && method.equals("POST") && path.endsWith("/attendee-messages")) {
            JsonNode message = json.readTree(body);
            messages.add(message);
            if (message.path("subject").isEmpty()) {
                problem(exchange, 400, "invalid-request", List.of(Map.of("field", "subject", "message", "must not be empty")));
            } else {
                send(exchange, 202, Map.of("id", "m1", "recipients", 2));
            }
        } else {
            problem(exchange, 404, "not-found", List.of());
        }
        return true;
    }

    private void rsvp(HttpExchange exchange, JsonNode request) throws IOException {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.path("name").asString("").isBlank()) {
            errors.add(Map.of("field", "name", "message", "must not be blank"));
        }
        if (!request.path("email").asString("").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(Map.of("field", "email", "message", "must be a well-formed email address"));
        }
        if (!errors.isEmpty()) {
            problem(exchange, 400, "invalid-request", errors);
            return;
        }
        rsvps.add(request);
        send(exchange, 202, Map.of("status", "CHECK_YOUR_EMAIL"));
    }

    private static Map<String, Object> event(String id, boolean staff) {
        boolean past = id.equals("e-past");
        boolean hidden = id.equals("e-hidden");
        String day = past ? "2017-12-08" : hidden ? "2099-07-01" : "2099-06-01";
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("campaign", "kazakhstan-2017");
        event.put("status", id.equals("e-draft") ? "DRAFT" : "PUBLISHED");
        event.put("kind", hidden ? "VIGIL" : "PROTEST");
        event.put("title", Map.of("en", (hidden ? "Vigil in Brussels " : "Protest in Brussels ") + id,
                "pl", (hidden ? "Czuwanie w Brukseli " : "Protest w Brukseli ") + id));
        event.put("description", Map.of("en", "Join us.\n\nBring a candle.", "pl", "Dołącz do nas.\n\nWeź świeczkę."));
        event.put("startsAt", day + "T12:00:00");
        event.put("endsAt", day + "T13:00:00");
        event.put("timeZone", "Europe/Brussels");
        event.put("allDay", false);
        event.put("sequence", 0);
        // Summer time in 2099-06/07 (UTC+2), winter in 2017-12 (UTC+1).
        event.put("startsAtUtc", day + (past ? "T11:00:00Z" : "T10:00:00Z"));
        event.put("endsAtUtc", day + (past ? "T12:00:00Z" : "T11:00:00Z"));
        event.put("addressHidden", hidden && !staff);
        if (hidden && !staff) {
            event.put("venue", Map.of("city", "Brussels", "country", "BE"));
        } else {
            event.put("venue", Map.of("name", hidden ? "Hidden Garden" : "Jean Rey Square", "address", hidden ? HIDDEN_STREET : "Place Jean Rey",
                    "postcode", "1000", "city", "Brussels", "country", "BE", "note", "Next to the entrance of Parc Léopold",
                    "latitude", 50.8387, "longitude", 4.3771));
        }
        event.put("contact", Map.of("name", "Paola Gaffurini", "role", "Advocacy Officer", "emailPublic", false));
        event.put("capacity", 50);
        event.put("confirmedCount", hidden ? 50 : 12);
        event.put("waitlistCount", hidden ? 3 : 0);
        event.put("linkedCases", List.of("c1"));
        event.put("linkedPetitions", List.of());
        if (staff) {
            event.put("addressVisibility", hidden ? Map.of("mode", "ATTENDEES", "releaseHoursBefore", 24) : Map.of("mode", "PUBLIC"));
        }
        return event;
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
