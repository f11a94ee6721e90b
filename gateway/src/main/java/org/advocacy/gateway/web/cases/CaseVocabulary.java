package org.advocacy.gateway.web.cases;

import java.util.List;
import java.util.Locale;

/**
 * The words cases-service classifies a case by, in the order the pages offer them; their texts are
 * in the cases' message bundle ({@code case.status.IMPRISONED}...).
 */
public final class CaseVocabulary {

    public static final List<String> STATUSES = List.of("IMPRISONED", "PRE_TRIAL_DETENTION", "PSYCHIATRIC_DETENTION",
            "UNDER_INVESTIGATION", "HOUSE_ARREST", "PERSECUTED_ABROAD", "RELEASED", "DECEASED");
    public static final List<String> CATEGORIES = List.of("JOURNALIST", "ACTIVIST", "TRADE_UNIONIST", "OPPOSITION_POLITICIAN",
            "HUMAN_RIGHTS_DEFENDER", "LAWYER", "BLOGGER", "RELIGIOUS_BELIEVER", "BUSINESSPERSON", "RELATIVE_OR_ASSOCIATE");
    public static final List<String> FORMS = List.of("FABRICATED_EVIDENCE", "TORTURE", "DENIAL_OF_MEDICAL_CARE",
            "PSYCHIATRIC_INTERNMENT", "INTERPOL_RED_NOTICE_ABUSE", "EXTRADITION_REQUEST", "TRAVEL_BAN",
            "HARASSMENT_OF_RELATIVES", "ASSET_SEIZURE");
    public static final List<String> TIMELINE_KINDS = List.of("ARREST", "CHARGE", "TRIAL", "SENTENCE", "TRANSFER",
            "TORTURE_REPORT", "HOSPITALISATION", "DECISION", "RELEASE", "EXTRADITION_REQUEST", "INTERPOL_NOTICE",
            "STATEMENT", "OTHER");
    public static final List<String> VISIBILITIES = List.of("PUBLIC", "PARTNERS", "STAFF", "RESTRICTED");

    private CaseVocabulary() {
    }

    /** The choices, for the templates. */
    public record Choices(List<String> statuses, List<String> categories, List<String> forms, List<String> timelineKinds,
                          List<String> visibilities) {

        public Choices() {
            this(STATUSES, CATEGORIES, FORMS, TIMELINE_KINDS, VISIBILITIES);
        }

        public String country(String code, String language) {
            return CaseVocabulary.country(code, language);
        }

        public String date(String partial, String language) {
            return CaseVocabulary.date(partial, language);
        }

        /** A partial date after "since": "od maja 2009" takes the month's form that follows a preposition in Polish. */
        public String since(String partial, String language) {
            if (partial != null && partial.length() == 7 && partial.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                return java.time.YearMonth.parse(partial)
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(language)));
            }
            return CaseVocabulary.date(partial, language);
        }
    }

    /** A country's name in the page's language: "Kazakhstan", "Kazachstan". */
    public static String country(String code, String language) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return code == null ? "" : code;
        }
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.forLanguageTag(language));
    }

    /**
     * A partial date as the sources give it, in the page's language: "8 December 2017", "December
     * 2017" or "2017"; never more precise than it is.
     */
    public static String date(String partial, String language) {
        if (partial == null || partial.isBlank()) {
            return "";
        }
        Locale locale = Locale.forLanguageTag(language);
        try {
            return switch (partial.length()) {
                case 10 -> java.time.LocalDate.parse(partial).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
                case 7 -> java.time.YearMonth.parse(partial).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                default -> partial;
            };
        } catch (java.time.DateTimeException notADate) {
            return partial;
        }
    }
}
