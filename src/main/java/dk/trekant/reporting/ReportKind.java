package dk.trekant.reporting;

/** What a report is for: the monthly status to the two committees or the yearly theme discussion. */
public enum ReportKind {
    MONTHLY("Månedlig status", "monthly"),
    ANNUAL("Temadrøftelse", "annual");

    /** Both reports go to the two committees (the strategy: monthly status, yearly theme discussion). */
    public static final String ADDRESSED_TO = "Institutions- og Skoleudvalget og Socialudvalget";

    private final String title;
    private final String slug;

    ReportKind(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public String title() {
        return title;
    }

    /** The kind as it appears in URLs: {@code /reports/monthly/2026-10}. */
    public String slug() {
        return slug;
    }

    public static ReportKind fromSlug(String slug) {
        for (ReportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown report kind: " + slug);
    }
}
