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

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(CASE_FILES, EVENTS, PETITIONS, SIGNATURES);

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
