package org.advocacy.cases.casefile;

/** Where the person stands now. */
public enum PersonStatus {
    IMPRISONED,
    PSYCHIATRIC_DETENTION,
    UNDER_INVESTIGATION,
    HOUSE_ARREST,
    PERSECUTED_ABROAD,
    RELEASED,
    DECEASED
}
