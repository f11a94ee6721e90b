package org.advocacy.notifications.mail;

/** The body of an email in its two forms, for readers with and without HTML. */
public record RenderedMail(String text, String html) {

    @Override
    public String toString() {
        // The body carries personal links: it stays out of logs.
        return "RenderedMail[%d characters of text, %d of HTML]".formatted(text.length(), html.length());
    }
}
