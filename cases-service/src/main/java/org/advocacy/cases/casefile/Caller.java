package org.advocacy.cases.casefile;

/**
 * Who is asking: the name recorded in revisions and audits, what they may see, and for a
 * partner NGO its partner id.
 */
public record Caller(String name, Audience audience, String partnerId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Audience.PUBLIC, null);
}
