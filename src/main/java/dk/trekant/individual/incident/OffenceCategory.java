package dk.trekant.individual.incident;

/** Offence categories of a §115 notification (the police's own grouping, simplified). */
public enum OffenceCategory {
    VOLD, VAABEN, ROEVERI, TYVERI, HAERVAERK, NARKO, TRAFIK, CHIKANE_GENE, ANDET
}
