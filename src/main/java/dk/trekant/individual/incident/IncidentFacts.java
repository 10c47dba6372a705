package dk.trekant.individual.incident;

/**
 * What the triage and the coordinator's form need to know about a registered incident; no CPR.
 *
 * @param youthAge             the youth's age when it happened
 * @param earlierIncidents12m  the youth's other incidents in the twelve months before it
 * @param incidentSummary      a short Danish text for the task form
 */
public record IncidentFacts(String youthId, String youthName, int youthAge, String offenceCategory, String role, long earlierIncidents12m,
        boolean knownToSocialServices, String incidentSummary) {
}
