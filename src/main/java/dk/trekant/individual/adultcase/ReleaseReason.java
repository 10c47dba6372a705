package dk.trekant.individual.adultcase;

import dk.trekant.platform.labels.DanishLabels;

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
    ANDET;

    /** The Danish name shown to staff, as it reads in a sentence (one wording: {@link DanishLabels}). */
    public String label() {
        return DanishLabels.inSentence(DanishLabels.Kind.RELEASE_REASON, name());
    }
}
