package org.advocacy.cases.casefile;

/** What is done to the person. */
public enum PersecutionForm {
    FABRICATED_EVIDENCE,
    TORTURE,
    DENIAL_OF_MEDICAL_CARE,
    INTERPOL_RED_NOTICE_ABUSE,
    EXTRADITION_REQUEST,
    PSYCHIATRIC_INTERNMENT,
    HARASSMENT_OF_RELATIVES,
    TRAVEL_BAN,
    ASSET_SEIZURE
}
