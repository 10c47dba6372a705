package dk.trekant.targeted.outreach;

import java.util.Set;

import dk.trekant.hours.HourKind;
import dk.trekant.partner.PartnerKind;

/**
 * The kinds of outreach request (udgående opgave) from the strategy. Presence at a hotspot is the
 * fourth kind; it is proposed as a hotspot (its own process) and never requested here.
 */
public enum OutreachKind {
    /** Tryghedsskabende tilstedeværelse (besøg) at a workplace whose staff are troubled by insecurity. */
    WORKPLACE_VISIT(HourKind.WORKPLACE_VISIT, false,
            Set.of(PartnerKind.WORKPLACE, PartnerKind.HOUSING, PartnerKind.SCHOOL, PartnerKind.CLUB)),
    /** Tryghedsskabende tilstedeværelse after a serious incident (voldsom hændelse): acute. */
    SERIOUS_INCIDENT_PRESENCE(HourKind.SERIOUS_INCIDENT_PRESENCE, true, Set.of(PartnerKind.POLICE)),
    /** Opsøgende arbejde at a school, club or association, alone or with the police. */
    INSTITUTION_OUTREACH(HourKind.INSTITUTION_OUTREACH, false,
            Set.of(PartnerKind.SCHOOL, PartnerKind.CLUB, PartnerKind.POLICE));

    private final HourKind hourKind;
    private final boolean acute;
    private final Set<PartnerKind> requestedBy;

    OutreachKind(HourKind hourKind, boolean acute, Set<PartnerKind> requestedBy) {
        this.hourKind = hourKind;
        this.acute = acute;
        this.requestedBy = requestedBy;
    }

    /** The kind of hour the effort is logged as. */
    public HourKind hourKind() {
        return hourKind;
    }

    /** Whether the request must be staffed within hours (trekant.outreach.acute-staffing-hours). */
    public boolean isAcute() {
        return acute;
    }

    /** Whether a partner of this kind may ask for this kind of outreach (staff may ask for every kind). */
    public boolean mayBeRequestedBy(PartnerKind partnerKind) {
        return requestedBy.contains(partnerKind);
    }

    /** The partner kinds that may call the outreach-request API at all. */
    static final String API_AUTHORITIES =
            "hasAnyAuthority('PARTNER_WORKPLACE', 'PARTNER_HOUSING', 'PARTNER_SCHOOL', 'PARTNER_CLUB', 'PARTNER_POLICE')";
}
