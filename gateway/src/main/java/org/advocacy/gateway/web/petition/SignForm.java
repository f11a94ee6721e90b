package org.advocacy.gateway.web.petition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What the sign form posted, kept to show it again beside its errors. The email is shown again
 * only on the page that answers the post; nothing of it is stored here.
 */
public record SignForm(String name, String email, String country, String locale, boolean keepInformed, String website) {

    static SignForm empty(String language) {
        return new SignForm("", "", "", language, false, "");
    }

    static SignForm of(MultiValueMap<String, String> form) {
        return new SignForm(value(form, "name"), value(form, "email"), value(form, "country"), value(form, "locale"),
                "yes".equals(form.getFirst("keepInformed")), value(form, "website"));
    }

    /** The request body of petition-service's signing endpoint. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("country", country);
        body.put("locale", locale);
        body.put("keepInformed", keepInformed);
        body.put("website", website);
        return body;
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
