package dk.trekant.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;


/**
 * A report as a self-contained HTML page (no script; its style sheet from the application) and as
 * CSV (semicolon-separated, UTF-8 with BOM, as Danish spreadsheets read it). Every value is escaped.
 */
@Component
class ReportRendering {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da-DK"));

    private final ZoneId zone;

    ReportRendering(WorkingDayCalendar workdays) {
        this.zone = workdays.zone();
    }

    ZoneId zone() {
        return zone;
    }

    String html(Report report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/reports/report.css">
                """);
        html.append("<title>").append(escape(report.title())).append("</title></head><body><main>");
        html.append("<p class=\"crumbs\"><a href=\"/reports\">Rapporter</a></p>");
        html.append("<h1>").append(escape(report.title())).append("</h1>");
        html.append("<p class=\"meta\">Kriminalpræventivt Team · til ").append(escape(report.addressedTo())).append("<br>");
        html.append("Periode ").append(escape(report.period().from().toString())).append(" – ")
                .append(escape(report.period().to().toString())).append(" · beregnet ")
                .append(escape(DATE_TIME.format(report.computedAt().atZone(zone))));
        if (report.status() == Report.Status.PUBLISHED) {
            html.append(" · godkendt ").append(escape(DATE_TIME.format(report.approvedAt().atZone(zone))))
                    .append(" af ").append(escape(report.approvedBy()));
        } else {
            html.append(" · <strong>KLADDE, ikke godkendt</strong>");
        }
        html.append("</p>");
        if (report.status() == Report.Status.PUBLISHED) {
            html.append("<p class=\"download\"><a href=\"").append(escape(report.path())).append(".csv\">Hent som CSV</a> · <a href=\"")
                    .append(escape(report.path())).append(".pdf\">Hent som PDF</a></p>");
        }
        if (report.commentary() != null) {
            html.append("<section class=\"commentary\"><h2>Lederens kommentar</h2>");
            for (String paragraph : report.commentary().split("\\R\\s*\\R")) {
                html.append("<p>").append(escape(paragraph)).append("</p>");
            }
            html.append("</section>");
        }
        html.append("<p class=\"note\">Antal mellem 1 og 4 vises som &lt;5 (ingen små celler). Rapporten indeholder ingen "
                + "personoplysninger.</p>");
        for (Section section : report.figures().sections()) {
            section(html, section);
        }
        return html.append("</main></body></html>").toString();
    }

    private static void section(StringBuilder html, Section section) {
        html.append("<section id=\"").append(escape(section.id())).append("\"><h2>").append(escape(section.title()))
                .append("</h2>");
        if (section.note() != null && !section.note().isBlank()) {
            html.append("<p class=\"note\">").append(escape(section.note())).append("</p>");
        }
        html.append("<table><thead><tr><th></th>");
        for (String column : section.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : section.rows()) {
            html.append("<tr><th>").append(escape(row.label())).append("</th>");
            for (Cell cell : row.cells()) {
                html.append("<td>").append(escape(cell.text())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></section>");
    }

    /** What the report's PDF template (documents/templates/report.html) is filled with. */
    java.util.Map<String, Object> pdfModel(Report report) {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("title", report.title());
        model.put("addressedTo", report.addressedTo());
        model.put("period", report.period().from() + " – " + report.period().to());
        model.put("computed", DATE_TIME.format(report.computedAt().atZone(zone)));
        model.put("approval", report.status() == Report.Status.PUBLISHED
                ? "Godkendt " + DATE_TIME.format(report.approvedAt().atZone(zone)) + " af " + report.approvedBy()
                : "KLADDE, ikke godkendt");
        model.put("commentary", report.commentary() == null ? null : List.of(report.commentary().split("\\R\\s*\\R")));
        // plain maps: the template engine reads map keys, not record accessors
        model.put("sections", report.figures().sections().stream().map(section -> java.util.Map.of(
                "title", section.title(), "note", section.note() == null ? "" : section.note(), "columns", section.columns(),
                "rows", section.rows().stream().map(row -> java.util.Map.of("label", row.label(),
                        "cells", row.cells().stream().map(Cell::text).toList())).toList())).toList());
        return model;
    }

    String csv(Report report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of("Rapport", "Periode", "Afsnit", "Række", "Kolonne", "Værdi"));
        for (Section section : report.figures().sections()) {
            for (Row row : section.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    line(csv, List.of(report.kind().name(), report.period().label(), section.title(), row.label(),
                            section.columns().get(i), row.cells().get(i).text()));
                }
            }
        }
        return csv.toString();
    }

    /** A few lines for the leader's task: what the draft says in brief. */
    String summary(Report report) {
        StringBuilder text = new StringBuilder(report.title()).append('\n');
        report.figures().section("incidentsBySource").ifPresent(s -> text.append("Underretninger og bekymringer i alt: ")
                .append(s.text("TOTAL", 0)).append('\n'));
        report.figures().section("timeToAssessment").ifPresent(s -> text.append("Median tid til vurdering (timer): ")
                .append(s.text("ALL", 0)).append('\n'));
        report.figures().section("deadlines").ifPresent(s -> text.append("Vurderingsfrister overskredet: ")
                .append(s.text("ASSESSMENT_DUE", 0)).append(" (akutte: ").append(s.text("ACUTE_24H", 0)).append(")\n"));
        report.figures().section("handovers").ifPresent(s -> text.append("Underretninger til socialforvaltningen: ")
                .append(s.text("HANDOVER", 0)).append('\n'));
        report.figures().section("outreachHours").ifPresent(s -> text.append("Opsøgende timer pr. forebygger pr. uge: ")
                .append(s.text("TEAM", 0)).append(" (pejlemærke 20-30)\n"));
        text.append("Hele rapporten: ").append(report.path());
        return text.toString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(csvValue(values.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ is neutralised (no formula injection in a spreadsheet). */
    static String csvValue(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+([.,]\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
