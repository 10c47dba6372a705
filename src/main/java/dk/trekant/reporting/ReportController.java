package dk.trekant.reporting;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;

/** The published reports for staff: a list, each report as HTML and as CSV; drafts for the leader. */
@RestController
@Hidden
class ReportController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final Reports reports;
    private final ReportRendering rendering;
    private final dk.trekant.platform.documents.PdfDocuments pdfs;

    ReportController(Reports reports, ReportRendering rendering, dk.trekant.platform.documents.PdfDocuments pdfs) {
        this.reports = reports;
        this.rendering = rendering;
        this.pdfs = pdfs;
    }

    @GetMapping("/reports")
    ResponseEntity<String> list() {
        ZoneId zone = rendering.zone();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>Rapporter</title>
                <link rel="stylesheet" href="/reports/report.css"></head><body><main>
                <h1>Rapporter fra Kriminalpræventivt Team</h1>
                <p class="meta">Månedlig status og årlig temadrøftelse til Institutions- og Skoleudvalget og Socialudvalget.</p>
                """);
        var published = reports.published();
        if (published.isEmpty()) {
            html.append("<p>Der er endnu ingen godkendte rapporter.</p>");
        } else {
            html.append("<table><thead><tr><th>Rapport</th><th>Godkendt</th><th>Hent</th></tr></thead><tbody>");
            for (Report report : published) {
                html.append("<tr><td><a href=\"").append(escape(report.path())).append("\">").append(escape(report.title()))
                        .append("</a></td><td>").append(escape(DATE.format(report.approvedAt().atZone(zone))))
                        .append("</td><td><a href=\"").append(escape(report.path())).append(".csv\">CSV</a> · <a href=\"")
                        .append(escape(report.path())).append(".pdf\">PDF</a></td></tr>");
            }
            html.append("</tbody></table>");
        }
        return ResponseEntity.ok().contentType(HTML).body(html.append("</main></body></html>").toString());
    }

    @GetMapping("/reports/{kind:monthly|annual}/{period:A?\\d{4}-\\d{2}}")
    ResponseEntity<String> html(@PathVariable String kind, @PathVariable String period) {
        return ResponseEntity.ok().contentType(HTML).body(rendering.html(published(kind, period)));
    }

    @GetMapping("/reports/{kind:monthly|annual}/{period:A?\\d{4}-\\d{2}}.csv")
    ResponseEntity<String> csv(@PathVariable String kind, @PathVariable String period) {
        Report report = published(kind, period);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trekant-" + kind + "-" + period + ".csv\"")
                .body(rendering.csv(report));
    }

    /** The published report as PDF/A-2b (the same template as the case file's documents). */
    @GetMapping("/reports/{kind:monthly|annual}/{period:A?\\d{4}-\\d{2}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String period) {
        Report report = published(kind, period);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trekant-" + kind + "-" + period + ".pdf\"")
                .body(pdfs.pdf("report", rendering.pdfModel(report)));
    }

    @GetMapping("/reports/drafts/{id}")
    ResponseEntity<String> draft(@PathVariable UUID id) {
        Report report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(HTML).body(rendering.html(report));
    }

    private Report published(String kind, String period) {
        return reports.published(ReportKind.fromSlug(kind), period)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
