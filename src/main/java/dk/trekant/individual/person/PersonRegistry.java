package dk.trekant.individual.person;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.individual.adultcase.AdultCaseRepository;
import dk.trekant.individual.adultcase.AdultReferralRepository;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.CprProtection;

/**
 * The register of the people the team works with, youths and adults alike (table
 * {@code trekant_youth}): a person is found by the keyed hash of the CPR number and created if new;
 * the CPR number itself is kept only encrypted.
 */
@Component
public class PersonRegistry {

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
    public void deleteIfNothingRemains(UUID personId) {
        if (!youthCases.existsByYouthId(personId) && !incidents.existsByYouthId(personId)
                && !adultCases.existsByPersonId(personId) && referrals.findByPersonIdOrderByReceivedAt(personId).isEmpty()) {
            persons.deleteById(personId);
        }
    }

    /** The person with this CPR number, updated with what the sender knows; created if new. Call in a transaction. */
    public Youth byCpr(Cpr cpr, String firstName, String lastName, String school, boolean knownToSocialServices, Instant now) {
        String hash = cprProtection.lookupHash(cpr);
        Optional<Youth> known = persons.findByCprHash(hash);
        if (known.isPresent()) {
            Youth person = known.get();
            person.update(firstName, lastName, school, knownToSocialServices);
            return person;
        }
        Youth person = new Youth(hash, cprProtection.encrypt(cpr), cpr.dateOfBirth(), firstName, lastName, school,
                knownToSocialServices, now);
        // a concurrent request for the same new person meets the unique key here (DataIntegrityViolationException)
        return persons.saveAndFlush(person);
    }

    /** The people already registered with these CPR numbers, by the keyed hash (for a list of notifications). */
    public Map<String, Youth> knownByCpr(Collection<Cpr> cprs) {
        Map<String, Youth> known = new HashMap<>();
        List<String> hashes = cprs.stream().map(cprProtection::lookupHash).distinct().toList();
        for (int from = 0; from < hashes.size(); from += 500) {
            persons.findByCprHashIn(hashes.subList(from, Math.min(hashes.size(), from + 500)))
                    .forEach(person -> known.put(person.getCprHash(), person));
        }
        return known;
    }

    /**
     * Like {@link #byCpr(Cpr, String, String, String, boolean, Instant)} for one item of a list:
     * {@code known} holds the people looked up so far (by hash), and a new person is added to it;
     * written at the list's flush.
     */
    public Youth byCpr(Cpr cpr, String firstName, String lastName, String school, boolean knownToSocialServices, Instant now,
            Map<String, Youth> known) {
        String hash = cprProtection.lookupHash(cpr);
        Youth person = known.get(hash);
        if (person != null) {
            person.update(firstName, lastName, school, knownToSocialServices);
            return person;
        }
        person = new Youth(hash, cprProtection.encrypt(cpr), cpr.dateOfBirth(), firstName, lastName, school,
                knownToSocialServices, now);
        persons.save(person);
        known.put(hash, person);
        return person;
    }
}
