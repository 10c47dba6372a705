package dk.trekant.individual;

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
    ANDEN_ANBRINGELSE
}
