package dk.trekant.individual.person;

import dk.trekant.platform.labels.DanishLabels;

/** Where the person is released from. */
public enum InstitutionKind {
    /** Fængsel (åbent eller lukket). */
    FAENGSEL,
    /** Arresthus (varetægt, korte domme). */
    ARRESTHUS,
    /** Kriminalforsorgens pension (udslusning). */
    PENSION,
    /** Sikret institution for unge. */
    SIKRET_INSTITUTION,
    /** Anden anbringelse (f.eks. behandlingsinstitution). */
    ANDEN_ANBRINGELSE;

    /** The Danish name shown to staff, as it reads in a sentence (one wording: {@link DanishLabels}). */
    public String label() {
        return DanishLabels.inSentence(DanishLabels.Kind.INSTITUTION_KIND, name());
    }
}
