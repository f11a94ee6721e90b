package org.advocacy.gateway.web.follow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.advocacy.gateway.web.petition.FormErrors;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.util.MultiValueMap;

/**
 * The follow form as posted: what to follow ({@code case:{id}}, {@code campaign:{slug}},
 * {@code event:{id}}), the address and the language of the emails; {@code website} is the trap only
 * robots fill in.
 */
record FollowForm(String topic, String email, String locale, boolean robot) {

    private static final Pattern TOPIC = Pattern.compile("(case|campaign|event):[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    static FollowForm of(MultiValueMap<String, String> data) {
        String locale = "pl".equals(data.getFirst("locale")) ? "pl" : "en";
        String website = data.getFirst("website");
        return new FollowForm(trimmed(data.getFirst("topic")), trimmed(data.getFirst("email")), locale,
                website != null && !website.isBlank());
    }

    static FollowForm empty(String topic, String language) {
        return new FollowForm(topic, "", "pl".equals(language) ? "pl" : "en", false);
    }

    boolean topicValid() {
        return topic != null && TOPIC.matcher(topic).matches();
    }

    /** What the service refused, as the page's sentences. */
    static FormErrors errors(ServiceProblem problem) {
        Map<String, String> found = new LinkedHashMap<>();
        problem.errors().forEach(error -> {
            if (error.field().equals("email") || error.field().equals("topic")) {
                found.put(error.field().equals("email") ? "follow-email" : "", "follows.error." + error.field());
            }
        });
        if (found.isEmpty()) {
            found.put("", problem.status() == 429 ? "error.tooMany" : "error.refused");
        }
        return new FormErrors(found);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "FollowForm[topic=%s]".formatted(topic);
    }
}
