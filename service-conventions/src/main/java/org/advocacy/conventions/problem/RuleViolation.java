package org.advocacy.conventions.problem;

/**
 * A request that breaks a rule of the domain (an event that ends before it starts, a petition
 * signed after it closed). Domain objects throw it with a sentence a user can act on; the API
 * answers 422 with that sentence. Plain Java, so domain code stays free of the web.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String message) {
        this(null, message);
    }

    /** A violation about one field of the request, named as the request names it. */
    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
