package dk.trekant.hours;

/**
 * What an hour was spent on. The first four are the strategy's four kinds of outreach
 * (udgående arbejde); they count towards the 20-30 hours a week per preventer.
 */
public enum HourKind {
    /** Tryghedsskabende tilstedeværelse at a hotspot. */
    HOTSPOT_PRESENCE(true),
    /** Visit to a workplace whose staff are troubled by insecurity. */
    WORKPLACE_VISIT(true),
    /** Presence after a serious incident (voldsom hændelse). */
    SERIOUS_INCIDENT_PRESENCE(true),
    /** Outreach at a school, club or association, alone or with the police. */
    INSTITUTION_OUTREACH(true),
    /** Preventive teaching (undervisningsforløb). */
    TEACHING(false),
    /** Meetings, e.g. the joint prevention meeting (Fælles Forebyggelsesmøde). */
    MEETING(false);

    private final boolean outreach;

    HourKind(boolean outreach) {
        this.outreach = outreach;
    }

    /** Whether the hour counts as outreach (udgående arbejde) against the 20-30 hours a week. */
    public boolean isOutreach() {
        return outreach;
    }
}
