package org.advocacy.devstack.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One file of seed data: the request bodies to POST to one endpoint, in order, and what to POST
 * after each created item.
 *
 * @param post the endpoint, e.g. {@code /api/cases}
 * @param then follow-ups for each created item, in order: {@code "thenPost"} (one, without a body)
 *             or {@code "then"} (a list, each with an optional body and the staff member it is sent as)
 */
public record SeedFile(String name, String post, List<FollowUp> then, List<JsonNode> items) {

    /** The staff member seed requests are sent as unless a follow-up names another. */
    public static final String ORGANISER = "organiser";

    /**
     * A request sent after an item was created, {@code {id}} in its path replaced by the created id.
     *
     * @param as who sends it: {@code organiser} or {@code admin}, e.g. a risk review that must come
     *           from a second staff member
     */
    public record FollowUp(String post, String as, Optional<JsonNode> body) {
    }

    static SeedFile of(String name, JsonNode file) {
        List<JsonNode> items = new ArrayList<>();
        file.path("items").forEach(items::add);
        List<FollowUp> then = new ArrayList<>();
        if (file.hasNonNull("thenPost")) {
            then.add(new FollowUp(file.get("thenPost").asText(), ORGANISER, Optional.empty()));
        }
        file.path("then").forEach(step -> then.add(new FollowUp(step.path("post").asText(),
                step.path("as").asText(ORGANISER), Optional.ofNullable(step.get("body")))));
        return new SeedFile(name, file.path("post").asText(), List.copyOf(then), List.copyOf(items));
    }

    /** How an item is named in progress and error lines. */
    static String label(JsonNode item) {
        if (item.path("title").has("en")) {
            return item.path("title").path("en").asText();
        }
        if (item.path("person").has("name")) {
            return item.path("person").path("name").asText();
        }
        if (item.path("description").has("en")) {
            return item.path("description").path("en").asText();
        }
        return item.toString().substring(0, Math.min(60, item.toString().length()));
    }
}
