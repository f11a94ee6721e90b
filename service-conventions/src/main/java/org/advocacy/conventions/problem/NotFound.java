package org.advocacy.conventions.problem;

/** The thing a request names does not exist, or is not visible to the caller: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("%s %s was not found".formatted(what, id));
    }
}
