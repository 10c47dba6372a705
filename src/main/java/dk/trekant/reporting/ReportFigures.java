package dk.trekant.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of one report, in sections. Every value is an aggregate, and a count between 1 and 4
 * is stored and shown only as {@code "<5"} (no small-cell disclosure): the raw count never leaves
 * {@link Cell#count(long)}. A section exists only where its source exists: the youth case and the
 * hour log today; hotspots, teaching and the survey add their own {@link FigureSource} after the merge.
 */
public record ReportFigures(String kind, String period, String from, String to, List<Section> sections) {

    /** Counts from 1 to 4 are suppressed; 0 is shown (it discloses nobody). */
    public static final int SMALL_CELL = 5;
    public static final String SUPPRESSED = "<5";

    public ReportFigures {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /**
     * One table: an id the code and tests name (English), a Danish title, a note on how it is counted,
     * the column headings and the rows.
     */
    public record Section(String id, String title, String note, List<String> columns, List<Row> rows) {

        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public Optional<Row> row(String key) {
            return rows.stream().filter(row -> row.key().equals(key)).findFirst();
        }

        /** The text shown in a cell, found by the row's key and the column's index. */
        public String text(String rowKey, int column) {
            return row(rowKey).map(row -> row.cells().get(column).text())
                    .orElseThrow(() -> new IllegalArgumentException(id + " has no row " + rowKey));
        }
    }

    /** A row: a stable key (e.g. {@code SECTION_115}), the Danish label and one cell per column. */
    public record Row(String key, String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A shown value and, for charts, its number; {@code value} is null when the count is suppressed
     * or there is no value (e.g. a median of fewer than 5 cases).
     */
    public record Cell(String text, Double value) {

        private static final Locale DANISH = Locale.forLanguageTag("da-DK");

        /** A count of cases, incidents, dialogues ...: 1-4 become "<5". */
        public static Cell count(long n) {
            if (n > 0 && n < SMALL_CELL) {
                return new Cell(SUPPRESSED, null);
            }
            return new Cell(Long.toString(n), (double) n);
        }

        /** Hours (not a count of persons: not suppressed), one decimal, Danish notation. */
        public static Cell hours(BigDecimal hours) {
            BigDecimal rounded = hours.setScale(1, RoundingMode.HALF_UP);
            return new Cell(decimal(rounded), rounded.doubleValue());
        }

        /** A duration in hours, or "–" when there is none (fewer than 5 cases behind it). */
        public static Cell hoursOrNone(Double hours) {
            return hours == null ? none() : hours(BigDecimal.valueOf(hours));
        }

        public static Cell none() {
            return new Cell("–", null);
        }

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        private static String decimal(BigDecimal value) {
            NumberFormat format = NumberFormat.getNumberInstance(DANISH);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            format.setGroupingUsed(false);
            return format.format(value);
        }
    }
}
