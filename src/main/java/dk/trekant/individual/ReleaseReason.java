package dk.trekant.individual;

/** Why Kriminalforsorgen sends the notice: the groups the KSP collaboration covers. */
public enum ReleaseReason {
    /** Prøveløsladelse. */
    PROEVELOESLADELSE,
    /** Endt afsoning. */
    ENDT_AFSONING,
    /** Varetægtsfængsling ophører. */
    VARETAEGT_OPHOERER,
    /** Under 18 år, der forlader en anbringelse. */
    UDSLUSNING_FRA_ANBRINGELSE,
    /** Radikaliseret person, der løslades. */
    RADIKALISERING,
    ANDET
}
