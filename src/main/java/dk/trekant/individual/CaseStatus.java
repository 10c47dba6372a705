package dk.trekant.individual;

public enum CaseStatus {
    OPEN, CLOSED
}
