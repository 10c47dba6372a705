package dk.trekant.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number (DDMMYY-SSSS). The date of birth and the century follow from the number
 * (the 7th digit decides the century). Since 2007 numbers need not pass the modulus-11 check,
 * so it is not enforced. {@link #toString()} never reveals the number.
 */
public final class Cpr {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

    private final String digits;
    private final LocalDate dateOfBirth;

    private Cpr(String digits, LocalDate dateOfBirth) {
        this.digits = digits;
        this.dateOfBirth = dateOfBirth;
    }

    /** The CPR number, or empty when it is not ten digits (an optional dash after six) with a real date. */
    public static Optional<Cpr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        int seventh = m.group(4).charAt(0) - '0';
        int year = century(seventh, yy) + yy;
        try {
            return Optional.of(new Cpr(m.group(1) + m.group(2) + m.group(3) + m.group(4), LocalDate.of(year, month, day)));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    private static int century(int seventh, int yy) {
        if (seventh <= 3) {
            return 1900;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }

    /** The ten digits without dash; only for encryption and hashing. */
    public String digits() {
        return digits;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cpr cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Cpr[******-****]";
    }
}
