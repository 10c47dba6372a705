package dk.trekant.individual;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.CprProtection;

/**
 * The register of the people the team works with, youths and adults alike (table
 * {@code trekant_youth}): a person is found by the keyed hash of the CPR number and created if new;
 * the CPR number itself is kept only encrypted.
 */
@Component
class PersonRegistry {

    private final YouthRepository persons;
    private final YouthCaseRepository youthCases;
    private final IncidentRepository incidents;
    private final AdultCaseRepository adultCases;
    private final AdultReferralRepository referrals;
    private final CprProtection cprProtection;

    PersonRegistry(YouthRepository persons, YouthCaseRepository youthCases, IncidentRepository incidents,
            AdultCaseRepository adultCases, AdultReferralRepository referrals, CprProtection cprProtection) {
        this.persons = persons;
        this.youthCases = youthCases;
        this.incidents = incidents;
        this.adultCases = adultCases;
        this.referrals = referrals;
        this.cprProtection = cprProtection;
    }

    /** Deletes the person once no case, incident or referral of theirs remains (retention). */
    void deleteIfNothingRemains(UUID personId) {
        if (!youthCases.existsByYouthId(personId) && !incidents.existsByYouthId(personId)
                && !adultCases.existsByPersonId(personId) && referrals.findByPersonIdOrderByReceivedAt(personId).isEmpty()) {
            persons.deleteById(personId);
        }
    }

    /** The person with this CPR number, updated with what the sender knows; created if new. Call in a transaction. */
    Youth byCpr(Cpr cpr, String firstName, String lastName, String school, boolean knownToSocialServices, Instant now) {
        String hash = cprProtection.lookupHash(cpr);
        Optional<Youth> known = persons.findByCprHash(hash);
        if (known.isPresent()) {
            Youth person = known.get();
            person.update(firstName, lastName, school, knownToSocialServices);
            return person;
        }
        return persons.saveAndFlush(new Youth(hash, cprProtection.encrypt(cpr), cpr.dateOfBirth(), firstName, lastName,
                school, knownToSocialServices, now));
    }
}
