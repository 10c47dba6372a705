package dk.trekant.individual.adultcase;

/** Why Kriminalforsorgen cancels a release notice. */
public enum CancellationReason {
    /** Løsladelsen er aflyst (f.eks. prøveløsladelse nægtet). */
    LOESLADELSE_AFLYST,
    /** Ny dom eller ny varetægt. */
    NY_DOM,
    /** Personen løslades til en anden kommune. */
    ANDEN_KOMMUNE,
    ANDET
}
