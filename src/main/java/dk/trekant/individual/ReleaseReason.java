package dk.trekant.individual;

/** Why Kriminalforsorgen sends the notice: the groups the KSP collaboration covers. */
public enum ReleaseReason {
    /** Prøveløsladelse. */
    PROEVELOESLADELSE("prøveløsladelse"),
    /** Endt afsoning. */
    ENDT_AFSONING("endt afsoning"),
    /** Varetægtsfængsling ophører. */
    VARETAEGT_OPHOERER("varetægtsfængsling ophører"),
    /** Under 18 år, der forlader en anbringelse. */
    UDSLUSNING_FRA_ANBRINGELSE("udslusning fra anbringelse (under 18 år)"),
    /** Radikaliseret person, der løslades. */
    RADIKALISERING("løsladelse efter radikalisering"),
    ANDET("andet");

    private final String label;

    ReleaseReason(String label) {
        this.label = label;
    }

    /** The Danish name shown to staff. */
    public String label() {
        return label;
    }
}
