package dk.trekant.general;

import dk.trekant.platform.web.PlainText;

/** Reading what staff typed into a Camunda Form: Danish messages that Tasklist shows, the task stays open. */
final class TaskValues {

    private static final PlainText.Validator PLAIN = new PlainText.Validator();

    private TaskValues() {
    }

    /** Optional free text: trimmed, null when blank; no control characters; at most {@code max} characters. */
    static String text(Object value, String label, int max) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > max) {
            throw new IllegalArgumentException(label + " er for lang (højst " + max + " tegn).");
        }
        if (!PLAIN.isValid(text, null)) {
            throw new IllegalArgumentException(label + " indeholder kontroltegn eller ødelagte tegn.");
        }
        return text;
    }

    static String requiredText(Object value, String label, int max) {
        String text = text(value, label, max);
        if (text == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        return text;
    }

    static int whole(Object value, String label, int min, int max) {
        Number number;
        if (value instanceof Number given) {
            number = given;
        } else {
            try {
                number = value == null ? null : Double.valueOf(value.toString().trim());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        long whole = number.longValue();
        if (whole != number.doubleValue() || whole < min || whole > max) {
            throw new IllegalArgumentException(label + " skal være et helt tal fra " + min + " til " + max + ".");
        }
        return (int) whole;
    }
}
