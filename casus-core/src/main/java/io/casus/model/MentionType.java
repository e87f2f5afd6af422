package io.casus.model;

/** What kind of thing a mention names. */
public enum MentionType {
    PERSON,
    ORGANIZATION,
    /** a country or territory by name ("Iran", "the U.S.") */
    COUNTRY,
    /** a place that is not a country ("Lebanon's south", "Khartoum" as a city) */
    LOCATION,
    /** a demonym or national adjective ("Iranian", "Saudis") */
    NATIONALITY,
    /** a news outlet or agency ("Axios", "IRNA") */
    OUTLET,
    /** an actor named by a common noun phrase ("a U.S. official", "protesters", "the Biden administration") */
    NOMINAL,
    /** a personal pronoun standing for a person named before ("he", "she") */
    PRONOUN,
    /** any other named entity */
    MISC
}
