package dk.trekant.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprProtectionTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    final CprProtection protection = new CprProtection(KEY);
    final Cpr cpr = Cpr.parse("120311-4101").orElseThrow();

    @Test
    void withoutAKeyTrekantRefusesToStart() {
        assertThatThrownBy(() -> new CprProtection("")).hasMessageContaining("TREKANT_CPR_KEY");
        assertThatThrownBy(() -> new CprProtection("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new CprProtection(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void encryptionRoundTripsAndNeverRepeatsItself() {
        String once = protection.encrypt(cpr);
        String twice = protection.encrypt(cpr);
        assertThat(once).isNotEqualTo(twice).doesNotContain("120311").doesNotContain("4101");
        assertThat(protection.decrypt(once)).isEqualTo(cpr);
        assertThat(protection.decrypt(twice)).isEqualTo(cpr);
    }

    @Test
    void aWrongKeyCannotReadIt() {
        String sealed = protection.encrypt(cpr);
        CprProtection other = new CprProtection(Base64.getEncoder().encodeToString("another-key-another-key-another-k".getBytes()));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("120311");
    }

    @Test
    void theLookUpHashIsStableKeyedAndNotThePlainNumber() {
        assertThat(protection.lookupHash(cpr)).isEqualTo(protection.lookupHash(Cpr.parse("1203114101").orElseThrow()))
                .hasSize(64).doesNotContain("1203114101");
        CprProtection other = new CprProtection(Base64.getEncoder().encodeToString("another-key-another-key-another-k".getBytes()));
        assertThat(other.lookupHash(cpr)).isNotEqualTo(protection.lookupHash(cpr));
    }

    @ParameterizedTest
    @CsvSource({"010190-1234, 1990-01-01", "120311-4101, 2011-03-12", "010150-4000, 1950-01-01", "010136-9000, 2036-01-01",
            "010158-5000, 1858-01-01", "010157-5000, 2057-01-01", "290200-4000, 2000-02-29"})
    void theCenturyFollowsTheSeventhDigit(String number, LocalDate born) {
        assertThat(Cpr.parse(number)).get().extracting(Cpr::dateOfBirth).isEqualTo(born);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "310299-4123", "290201-1234", "999999-9999", "0101901234x", "01-01-90-1234"})
    void impossibleNumbersAreRefused(String number) {
        assertThat(Cpr.parse(number)).isEmpty();
    }

    @Test
    void aCprNumberNeverPrintsItself() {
        assertThat(cpr.toString()).doesNotContain("120311").doesNotContain("4101");
    }
}
