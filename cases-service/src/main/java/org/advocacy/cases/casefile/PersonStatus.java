package org.advocacy.cases.casefile;

/** Where the person stands now. */
public enum PersonStatus {
    IMPRISONED,
    PRE_TRIAL_DETENTION,
    PSYCHIATRIC_DETENTION,
    UNDER_INVESTIGATION,
    HOUSE_ARREST,
    PERSECUTED_ABROAD,
    RELEASED,
    DECEASED
}
