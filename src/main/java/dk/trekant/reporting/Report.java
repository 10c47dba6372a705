package dk.trekant.reporting;

import java.time.Instant;
import java.util.UUID;

/** A stored report: a draft waiting for the leader's approval, or published. */
public record Report(UUID id, ReportKind kind, ReportPeriod period, Status status, ReportFigures figures,
        String commentary, String addressedTo, Instant computedAt, String approvedBy, Instant approvedAt,
        String processInstanceId) {

    public enum Status {
        DRAFT, PUBLISHED
    }

    /** Where staff read it: {@code /reports/monthly/2026-10} (published) or {@code /reports/drafts/<id>}. */
    public String path() {
        return status == Status.PUBLISHED ? "/reports/" + kind.slug() + "/" + period.label() : "/reports/drafts/" + id;
    }

    public String title() {
        return kind.title() + " " + period.title();
    }
}
