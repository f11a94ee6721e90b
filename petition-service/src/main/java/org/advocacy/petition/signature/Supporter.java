package org.advocacy.petition.signature;

/** Who signs, as they gave it: the email in clear lives only here and in the confirmation request. */
record Supporter(String name, String email, String country, String locale, boolean keepInformed) {

    @Override
    public String toString() {
        return "Supporter[country=%s, locale=%s]".formatted(country, locale);
    }
}
