package dk.trekant.individual.incident;

/** Which flow an incident belongs to: the youth case (under 18 at the incident) or the adult case. */
public enum Track {
    YOUTH, ADULT;

    public static final int ADULT_AGE = 18;

    static Track forAge(int ageAtIncident) {
        return ageAtIncident >= ADULT_AGE ? ADULT : YOUTH;
    }
}
