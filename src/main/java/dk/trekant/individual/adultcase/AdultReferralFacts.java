package dk.trekant.individual.adultcase;

import java.time.LocalDate;

/**
 * What the adult case's forms show about the person and the latest referral (no CPR number). The
 * release fields are the case's: the release notice the case follows, also when the latest referral
 * is a police notification without a date.
 */
public record AdultReferralFacts(String personId, String personName, int personAge, String referralSummary,
        LocalDate releaseDate, String institutionName, String reasonCategory) {
}
