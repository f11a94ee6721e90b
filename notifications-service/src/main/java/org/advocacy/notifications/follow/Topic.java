package org.advocacy.notifications.follow;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a supporter can follow, as written in a subscription: {@code case:{id}}, {@code campaign:{slug}}
 * or {@code event:{id}}. Petitions are known only to find their campaign.
 */
public record Topic(Kind kind, String id) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public enum Kind { CASE, CAMPAIGN, EVENT, PETITION }

    public static Topic ofCase(String id) {
        return new Topic(Kind.CASE, id);
    }

    public static Topic ofCampaign(String slug) {
        return new Topic(Kind.CAMPAIGN, slug);
    }

    public static Topic ofEvent(String id) {
        return new Topic(Kind.EVENT, id);
    }

    public static Topic ofPetition(String id) {
        return new Topic(Kind.PETITION, id);
    }

    /** A topic a supporter may ask for, when the text is one. */
    public static Optional<Topic> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "case" -> valid(Kind.CASE, id);
            case "campaign" -> valid(Kind.CAMPAIGN, id);
            case "event" -> valid(Kind.EVENT, id);
            default -> Optional.empty();
        };
    }

    private static Optional<Topic> valid(Kind kind, String id) {
        return ID.matcher(id).matches() ? Optional.of(new Topic(kind, id)) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
