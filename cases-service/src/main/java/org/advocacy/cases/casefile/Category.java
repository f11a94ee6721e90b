package org.advocacy.cases.casefile;

/** Why the person is targeted, as far as their role tells. */
public enum Category {
    JOURNALIST,
    ACTIVIST,
    TRADE_UNIONIST,
    OPPOSITION_POLITICIAN,
    HUMAN_RIGHTS_DEFENDER,
    LAWYER,
    BLOGGER,
    RELIGIOUS_BELIEVER,
    BUSINESSPERSON,
    /** A relative or associate of a targeted person. */
    RELATIVE_OR_ASSOCIATE
}
