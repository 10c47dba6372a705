package dk.trekant.individual.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;

/**
 * A young person known to the team. The CPR number is kept only encrypted and as a keyed hash;
 * a youth reported by staff may have none yet (then name and date of birth identify them).
 */
@Entity
@Table(name = "trekant_youth")
public class Youth implements Persistable<UUID> {

    /** New until stored or loaded: saving it inserts at once, without first looking for it (Spring Data's merge). */
    @Transient
    private boolean isNew = true;

    @Id
    private UUID id;

    @Column(name = "cpr_hash", length = 64)
    private String cprHash;

    @Column(name = "cpr_encrypted", length = 200)
    private String cprEncrypted;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 200)
    private String school;

    @Column(name = "known_to_social_services", nullable = false)
    private boolean knownToSocialServices;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Youth() {
    }

    public Youth(String cprHash, String cprEncrypted, LocalDate dateOfBirth, String firstName, String lastName, String school,
            boolean knownToSocialServices, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cprHash = cprHash;
        this.cprEncrypted = cprEncrypted;
        this.dateOfBirth = dateOfBirth;
        this.firstName = firstName;
        this.lastName = lastName;
        this.school = school;
        this.knownToSocialServices = knownToSocialServices;
        this.createdAt = createdAt;
    }

    /** Newer information from a partner fills in what was missing; it never erases what is known. */
    public void update(String firstName, String lastName, String school, boolean knownToSocialServices) {
        if (firstName != null) {
            this.firstName = firstName;
        }
        if (lastName != null) {
            this.lastName = lastName;
        }
        if (school != null) {
            this.school = school;
        }
        this.knownToSocialServices = this.knownToSocialServices || knownToSocialServices;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public UUID getId() {
        return id;
    }

    String getCprHash() {
        return cprHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getSchool() {
        return school;
    }

    public boolean isKnownToSocialServices() {
        return knownToSocialServices;
    }

    public String getCprEncrypted() {
        return cprEncrypted;
    }

    @Override
    public String toString() {
        return "Youth[" + id + "]";
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }
}
