package dk.trekant.platform.process;

/**
 * Camunda keeps a String process variable in a column of 4,000 characters ({@code TEXT_} of
 * {@code ACT_RU_VARIABLE} and of its history, {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}, on H2
 * and PostgreSQL alike). A longer text fails the whole transaction it is written in — for an intake,
 * every later notification about the same person too. So every text that Trekant composes from
 * stored data and writes into a variable is fitted here first; what does not fit stays in Trekant's
 * own tables (the case file), where the full text is kept.
 */
public final class VariableText {

    /** The longest String Camunda stores in a variable. */
    public static final int MAX_LENGTH = 4000;

    private static final String CUT = "…";

    private VariableText() {
    }

    /** The text itself when it fits a variable, otherwise its beginning and "…"; null stays null. */
    public static String fit(String text) {
        return fit(text, MAX_LENGTH);
    }

    /** The text itself when it has at most {@code max} characters, otherwise its beginning and "…" in {@code max}. */
    public static String fit(String text, int max) {
        if (max < 1 || max > MAX_LENGTH) {
            throw new IllegalArgumentException("a variable's text has room for 1 to " + MAX_LENGTH + " characters, not " + max);
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - CUT.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        return text.substring(0, Math.max(0, end)).stripTrailing() + CUT;
    }
}
