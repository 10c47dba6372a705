package dk.trekant.individual.youthcase;

public enum CaseStatus {
    OPEN, CLOSED
}
