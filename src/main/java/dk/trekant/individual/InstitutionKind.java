package dk.trekant.individual;

/** Where the person is released from. */
public enum InstitutionKind {
    /** Fængsel (åbent eller lukket). */
    FAENGSEL("fængsel"),
    /** Arresthus (varetægt, korte domme). */
    ARRESTHUS("arresthus"),
    /** Kriminalforsorgens pension (udslusning). */
    PENSION("Kriminalforsorgens pension"),
    /** Sikret institution for unge. */
    SIKRET_INSTITUTION("sikret institution"),
    /** Anden anbringelse (f.eks. behandlingsinstitution). */
    ANDEN_ANBRINGELSE("anden anbringelse");

    private final String label;

    InstitutionKind(String label) {
        this.label = label;
    }

    /** The Danish name shown to staff. */
    public String label() {
        return label;
    }
}
