package org.advocacy.cases.casefile;

/** What is done to the person. */
public enum PersecutionForm {
    FABRICATED_EVIDENCE,
    /** Torture or ill-treatment. */
    TORTURE,
    DENIAL_OF_MEDICAL_CARE,
    /** Forced psychiatric detention. */
    PSYCHIATRIC_INTERNMENT,
    INTERPOL_RED_NOTICE_ABUSE,
    EXTRADITION_REQUEST,
    TRAVEL_BAN,
    HARASSMENT_OF_RELATIVES,
    ASSET_SEIZURE
}
