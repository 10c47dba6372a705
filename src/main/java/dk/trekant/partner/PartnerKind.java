package dk.trekant.partner;

/** The kinds of partner system; each partner-API operation names the kinds it admits. */
public enum PartnerKind {
    POLICE,
    SCHOOL,
    CLUB,
    HOUSING,
    GUARDS,
    WORKPLACE,
    KRIMINALFORSORGEN;

    /** The Spring Security authority a partner of this kind holds, e.g. {@code PARTNER_POLICE}. */
    public String authority() {
        return "PARTNER_" + name();
    }
}
