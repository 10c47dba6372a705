package dk.trekant.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The leader's dashboard: a page with charts (Chart.js from the application's webjar, the page's own
 * script {@code /dashboard/dashboard.js}) and its data {@code /dashboard/data}, from the same
 * service as the report. By default the running month up to today; {@code ?month=yyyy-MM} for another.
 */
@RestController
@Hidden
class DashboardController {

    static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private final ReportFiguresService figures;
    private final ReportRendering rendering;

    DashboardController(ReportFiguresService figures, ReportRendering rendering) {
        this.figures = figures;
        this.rendering = rendering;
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> page() {
        String html = """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Ledelsens overblik – Trekant</title>
                <link rel="stylesheet" href="/dashboard/dashboard.css">
                <script src="%s" defer></script>
                <script src="/dashboard/dashboard.js" defer></script>
                </head><body>
                <header><h1>Ledelsens overblik</h1>
                <p id="period" class="meta">Henter tal …</p>
                <nav><a href="/reports">Rapporter</a> · <a href="/camunda/app/cockpit/">Cockpit</a> ·
                <a href="/camunda/app/tasklist/">Tasklist</a></nav></header>
                <main>
                <section class="card wide"><h2>Underretninger og bekymringer pr. uge</h2><canvas id="perWeek"></canvas></section>
                <section class="card"><h2>Indsatsniveau: valgt og foreslået</h2><canvas id="levels"></canvas></section>
                <section class="card"><h2>Tid til vurdering og frister</h2><canvas id="deadlines"></canvas>
                <table id="timeToAssessment"></table></section>
                <section class="card"><h2>Åbne opgaver pr. gruppe</h2><canvas id="tasks"></canvas></section>
                <section class="card"><h2>Opsøgende timer pr. forebygger pr. uge (pejlemærke 20-30 t)</h2><canvas id="outreach"></canvas></section>
                <section class="card"><h2>Hotspots: tryghedsskabende tilstedeværelse (timer)</h2><canvas id="hotspots"></canvas></section>
                <section class="card wide"><h2>Månedens tal</h2><div id="tables"></div></section>
                </main>
                <footer>Antal mellem 1 og 4 vises som &lt;5. Samme tal som statusrapporten.</footer>
                </body></html>
                """.formatted(CHART_JS);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(html);
    }

    @GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> data(@RequestParam(required = false) String month) {
        LocalDate today = LocalDate.now(rendering.zone());
        ReportPeriod period;
        if (month == null) {
            YearMonth current = YearMonth.from(today);
            period = new ReportPeriod(ReportKind.MONTHLY, current.toString(), current.atDay(1), today);
        } else {
            period = ReportPeriod.month(Months.parse("month", month));
        }
        // twelve weeks up to the period's end
        LocalDate weeksFrom = period.to().minusWeeks(12).plusDays(1);
        return Map.of(
                "period", Map.of("label", period.label(), "title", period.title(), "from", period.from().toString(),
                        "to", period.to().toString()),
                "figures", figures.compute(period),
                "perWeek", figures.incidentsPerWeek(weeksFrom, period.to()),
                "openTasks", figures.openTasks());
    }
}
