package org.advocacy.contracts;

import java.util.List;

/**
 * Kafka topics, one per aggregate type. The record key is the aggregate id, so the messages of
 * one aggregate stay in order. Each topic has a dead-letter topic beside it, named with
 * {@link #DEAD_LETTER_SUFFIX}, for messages its consumers could not handle.
 */
public final class Topics {

    public static final String CASE_FILES = "cases.case-files.v1";
    public static final String EVENTS = "events.events.v1";
    public static final String PETITIONS = "petition.petitions.v1";
    public static final String SIGNATURES = "petition.signatures.v1";
    /**
     * Requests for a supporter's confirmation: they carry the email address and the link tokens,
     * so only the notifications service reads them; never fed to partners' webhooks.
     */
    public static final String SIGNATURE_REQUESTS = "petition.signature-requests.v1";
    /**
     * Supporters' RSVPs to events and the messages to attendees: each carries its supporter's data
     * sealed for the notifications service; never fed to partners' webhooks.
     */
    public static final String RSVPS = "events.rsvps.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(CASE_FILES, EVENTS, PETITIONS, SIGNATURES, SIGNATURE_REQUESTS, RSVPS);

    /** Topics whose messages carry personal data: never delivered to partners. */
    public static final List<String> INTERNAL = List.of(SIGNATURE_REQUESTS, RSVPS);

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
