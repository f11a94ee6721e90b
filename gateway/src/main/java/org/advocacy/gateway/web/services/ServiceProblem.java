package org.advocacy.gateway.web.services;

import java.util.List;

/**
 * A service refused a request (4xx): its problem detail, with the fields it names.
 *
 * @param status the HTTP status
 * @param type   the last segment of the problem's type, e.g. {@code invalid-request}
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final List<FieldError> errors;

    public ServiceProblem(int status, String type, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field the service named in {@code errors[]}. */
    public record FieldError(String field, String message) {
    }

    /** The problem detail as a service sends it. */
    record Body(String type, String title, String detail, List<FieldError> errors) {
    }
}
