package org.advocacy.infrastructure.embedded;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges additions into a realm representation: objects field by field, lists of named things
 * (clients, users, roles, client scopes...) entry by entry, matched on their identifying field;
 * an addition replaces what it names and appends what is new. Everything else the addition gives
 * wins. The base is left untouched.
 */
public final class RealmMerge {

    /** Fields that identify an entry in a realm's lists, in the order they are tried. */
    private static final List<String> IDENTITIES = List.of("clientId", "username", "alias", "name", "clientScope");

    private RealmMerge() {
    }

    public static ObjectNode merge(ObjectNode base, ObjectNode additions) {
        ObjectNode merged = base.deepCopy();
        mergeInto(merged, additions);
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode additions) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = additions.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode addition = field.getValue();
            if (existing instanceof ObjectNode existingObject && addition instanceof ObjectNode additionObject) {
                mergeInto(existingObject, additionObject);
            } else if (existing instanceof ArrayNode existingArray && addition instanceof ArrayNode additionArray) {
                mergeEntries(existingArray, additionArray);
            } else {
                target.set(field.getKey(), addition.deepCopy());
            }
        }
    }

    private static void mergeEntries(ArrayNode target, ArrayNode additions) {
        for (JsonNode addition : additions) {
            Optional<Integer> same = identity(addition).flatMap(id -> indexOf(target, id));
            if (same.isPresent()) {
                target.set(same.get(), addition.deepCopy());
            } else if (!contains(target, addition)) {
                target.add(addition.deepCopy());
            }
        }
    }

    private static Optional<Map.Entry<String, String>> identity(JsonNode entry) {
        return IDENTITIES.stream()
                .filter(field -> entry.isObject() && entry.path(field).isTextual())
                .findFirst()
                .map(field -> Map.entry(field, entry.get(field).asText()));
    }

    private static Optional<Integer> indexOf(ArrayNode entries, Map.Entry<String, String> identity) {
        for (int i = 0; i < entries.size(); i++) {
            if (identity.getValue().equals(entries.get(i).path(identity.getKey()).asText(null))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean contains(ArrayNode entries, JsonNode value) {
        for (JsonNode entry : entries) {
            if (entry.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
