package org.advocacy.devstack.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One file of seed data: the request bodies to POST to one endpoint, in order.
 *
 * @param post     the endpoint, e.g. {@code /api/cases}
 * @param thenPost an optional follow-up without a body for each created item, {@code {id}} replaced
 *                 by the created id, e.g. {@code /api/cases/{id}/publication}
 */
public record SeedFile(String name, String post, Optional<String> thenPost, List<JsonNode> items) {

    static SeedFile of(String name, JsonNode file) {
        List<JsonNode> items = new ArrayList<>();
        file.path("items").forEach(items::add);
        return new SeedFile(name, file.path("post").asText(),
                Optional.ofNullable(file.get("thenPost")).map(JsonNode::asText), List.copyOf(items));
    }

    /** How an item is named in progress and error lines. */
    static String label(JsonNode item) {
        if (item.path("title").has("en")) {
            return item.path("title").path("en").asText();
        }
        if (item.path("person").has("name")) {
            return item.path("person").path("name").asText();
        }
        return item.toString().substring(0, Math.min(60, item.toString().length()));
    }
}
