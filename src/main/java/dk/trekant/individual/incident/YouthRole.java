package dk.trekant.individual.incident;

/** The youth's role in the incident. */
public enum YouthRole {
    MISTAENKT, SIGTET, FORURETTET, VIDNE
}
