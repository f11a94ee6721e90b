package org.advocacy.gateway.web.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What the RSVP form posted, kept only to show it again beside its errors.
 *
 * @param website the honeypot: people never see it, so a value means a robot filled the form
 */
public record RsvpForm(String name, String email, String locale, String website) {

    static final List<String> FIELDS = List.of("name", "email", "locale");

    static RsvpForm empty(String language) {
        return new RsvpForm("", "", language, "");
    }

    static RsvpForm of(MultiValueMap<String, String> form) {
        return new RsvpForm(value(form, "name"), value(form, "email"), value(form, "locale"), value(form, "website"));
    }

    boolean byRobot() {
        return !website.isEmpty();
    }

    /** The body of events-service's RSVP endpoint. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("locale", locale);
        return body;
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
