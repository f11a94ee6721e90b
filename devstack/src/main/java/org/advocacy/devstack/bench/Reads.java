package org.advocacy.devstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * What the benchmark reads: the public pages (gateway only: it renders them) and the API reads
 * behind them (gateway and direct). A page this build does not have (404) is left out.
 */
final class Reads {

    private final List<Read> all;
    private final String eventsService;

    private Reads(List<Read> all, String eventsService) {
        this.all = all;
        this.eventsService = eventsService;
    }

    static Reads of(HttpClient http, ObjectMapper json, DevstackSettings settings, String petition) throws Exception {
        String gateway = "http://127.0.0.1:" + settings.port(Port.GATEWAY);
        String petitions = "http://127.0.0.1:" + settings.port(Port.PETITION_SERVICE);
        String events = "http://127.0.0.1:" + settings.port(Port.EVENTS_SERVICE);
        String cases = "http://127.0.0.1:" + settings.port(Port.CASES_SERVICE);
        List<Read> candidates = new ArrayList<>(List.of(
                new Read("api petition", "/api/petitions/" + petition, petitions),
                new Read("api events", "/api/events", events),
                new Read("page petition", "/petitions/" + petition, null),
                new Read("page events", "/events", null),
                new Read("page cases", "/cases", null)));
        firstId(http, json, gateway + "/api/cases").ifPresent(id -> {
            candidates.add(new Read("api case", "/api/cases/" + id, cases));
            candidates.add(new Read("page case", "/cases/" + id, null));
        });
        List<Read> present = new ArrayList<>();
        for (Read read : candidates) {
            if (status(http, gateway + read.path()) == 200) {
                present.add(read);
            }
        }
        return new Reads(present, events);
    }

    List<Read> all() {
        return all;
    }

    String eventsService() {
        return eventsService;
    }

    private static int status(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The id of the first item a public list shows, whether it answers an array or a page of them. */
    private static Optional<String> firstId(HttpClient http, ObjectMapper json, String url) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode body = json.readTree(list.body());
        JsonNode items = body.isArray() ? body : body.path("content").isArray() ? body.path("content") : body.path("items");
        return items.isArray() && !items.isEmpty() && items.get(0).hasNonNull("id")
                ? Optional.of(items.get(0).path("id").asText()) : Optional.empty();
    }

    /** @param direct the service that answers the same path directly; null for a page the gateway renders */
    record Read(String name, String path, String direct) {
    }
}
