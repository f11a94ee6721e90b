package org.advocacy.cases.casefile;

/** What happened on a date of the case. */
public enum TimelineKind {
    ARREST,
    CHARGE,
    TRIAL,
    SENTENCE,
    TRANSFER,
    TORTURE_REPORT,
    HOSPITALISATION,
    DECISION,
    RELEASE,
    EXTRADITION_REQUEST,
    INTERPOL_NOTICE,
    STATEMENT,
    OTHER
}
