package org.advocacy.contracts;

/** CloudEvents {@code source} of each service: who raised a message. */
public final class Sources {

    public static final String CASES = "/advocacy/cases-service";
    public static final String EVENTS = "/advocacy/events-service";
    public static final String PETITIONS = "/advocacy/petition-service";
    public static final String NOTIFICATIONS = "/advocacy/notifications-service";

    private Sources() {
    }
}
