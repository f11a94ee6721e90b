package org.advocacy.gateway.web.admin.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.services.CampaignEvent;
import org.springframework.util.MultiValueMap;

/**
 * An event as the dashboard's form holds it, every value as typed. The inputs are named as
 * events-service names the fields in its problems ({@code venue.city} is {@code venue_city}), so
 * each problem lands beside its field. What it sends is events-service's request.
 */
public record EventForm(Map<String, String> values) {

    static final List<String> LANGUAGES = List.of("en", "pl");
    static final List<String> KINDS = List.of("PROTEST", "VIGIL", "DEBATE", "VOTE", "HEARING", "ANNIVERSARY", "WEBINAR", "OTHER");
    static final List<String> FIELDS = List.of("campaign", "kind", "title_en", "title_pl", "description_en", "description_pl",
            "startsAt", "endsAt", "timeZone", "allDay", "venue_name", "venue_address", "venue_postcode", "venue_city",
            "venue_country", "venue_note", "venue_latitude", "venue_longitude", "onlineUrl", "contact_name", "contact_role",
            "contact_email", "contact_phone", "contact_emailPublic", "capacity", "addressVisibility_mode",
            "addressVisibility_releaseHoursBefore", "linkedCases", "linkedPetitions");

    static EventForm blank(String campaign) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, ""));
        values.put("campaign", campaign);
        values.put("kind", "PROTEST");
        values.put("timeZone", "Europe/Brussels");
        values.put("addressVisibility_mode", "PUBLIC");
        return new EventForm(values);
    }

    static EventForm of(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value.replace("\r\n", "\n").strip());
        });
        return new EventForm(values);
    }

    static EventForm of(CampaignEvent event) {
        EventForm form = blank(event.campaign());
        Map<String, String> v = form.values;
        v.put("kind", event.kind());
        LANGUAGES.forEach(language -> {
            v.put("title_" + language, event.title().getOrDefault(language, ""));
            v.put("description_" + language, event.description().getOrDefault(language, ""));
        });
        v.put("startsAt", text(event.startsAt()));
        v.put("endsAt", text(event.endsAt()));
        v.put("timeZone", event.timeZone());
        v.put("allDay", event.allDay() ? "yes" : "");
        if (event.venue() != null) {
            var venue = event.venue();
            v.put("venue_name", text(venue.name()));
            v.put("venue_address", text(venue.address()));
            v.put("venue_postcode", text(venue.postcode()));
            v.put("venue_city", text(venue.city()));
            v.put("venue_country", text(venue.country()));
            v.put("venue_note", text(venue.note()));
            v.put("venue_latitude", text(venue.latitude()));
            v.put("venue_longitude", text(venue.longitude()));
        }
        v.put("onlineUrl", text(event.onlineUrl()));
        if (event.contact() != null) {
            v.put("contact_name", text(event.contact().name()));
            v.put("contact_role", text(event.contact().role()));
            v.put("contact_email", text(event.contact().email()));
            v.put("contact_phone", text(event.contact().phone()));
            v.put("contact_emailPublic", event.contact().emailPublic() ? "yes" : "");
        }
        v.put("capacity", text(event.capacity()));
        if (event.addressVisibility() != null) {
            v.put("addressVisibility_mode", event.addressVisibility().mode());
            v.put("addressVisibility_releaseHoursBefore", text(event.addressVisibility().releaseHoursBefore()));
        }
        v.put("linkedCases", String.join(", ", event.linkedCases()));
        v.put("linkedPetitions", String.join(", ", event.linkedPetitions()));
        return form;
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "yes".equals(get(field));
    }

    /** events-service's request; what cannot be read as a number is sent as it is, for the service to name. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaign", get("campaign"));
        body.put("kind", blankToNull(get("kind")));
        body.put("title", localized("title"));
        body.put("description", localized("description"));
        body.put("startsAt", seconds(get("startsAt")));
        body.put("endsAt", seconds(get("endsAt")));
        body.put("timeZone", get("timeZone"));
        body.put("allDay", checked("allDay"));
        body.put("venue", section("venue_", List.of("name", "address", "postcode", "city", "country", "note", "latitude", "longitude")));
        body.put("onlineUrl", blankToNull(get("onlineUrl")));
        Map<String, Object> contact = section("contact_", List.of("name", "role", "email", "phone"));
        if (contact != null) {
            contact.put("emailPublic", checked("contact_emailPublic"));
        }
        body.put("contact", contact);
        body.put("capacity", number(get("capacity")));
        Map<String, Object> visibility = new LinkedHashMap<>();
        visibility.put("mode", get("addressVisibility_mode").isEmpty() ? "PUBLIC" : get("addressVisibility_mode"));
        visibility.put("releaseHoursBefore", number(get("addressVisibility_releaseHoursBefore")));
        body.put("addressVisibility", visibility);
        body.put("linkedCases", ids(get("linkedCases")));
        body.put("linkedPetitions", ids(get("linkedPetitions")));
        return body;
    }

    private Map<String, Object> section(String prefix, List<String> fields) {
        Map<String, Object> section = new LinkedHashMap<>();
        boolean any = false;
        for (String field : fields) {
            String value = get(prefix + field);
            any |= !value.isEmpty();
            section.put(field, field.equals("latitude") || field.equals("longitude") ? number(value) : blankToNull(value));
        }
        return any ? section : null;
    }

    // No text in any language is no text: the service takes an absent map, never an empty one.
    private Map<String, String> localized(String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> {
            if (!get(field + "_" + language).isEmpty()) {
                texts.put(language, get(field + "_" + language));
            }
        });
        return texts.isEmpty() ? null : texts;
    }

    // A browser's datetime-local gives minutes only, which the service reads as an ISO local date-time too.
    private static String seconds(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Object number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains(".") ? (Object) Double.parseDouble(value) : (Object) Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static List<String> ids(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(id -> !id.isBlank()).toList();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
