package dk.trekant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerService;
import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.CprProtection;
import dk.trekant.reporting.ReportFigures.Section;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * The report's figures from a seeded month with known answers: May 2014 (Danish working days: Friday
 * 16 May was store bededag, Thursday 29 May Kristi himmelfartsdag). Every other test's data lies in
 * 2025 or later, so nothing else falls into this month or is open at its end; the seed is removed
 * afterwards. Rows are inserted directly: youths, incidents, cases, parent dialogues, handover
 * documents, social services' acknowledgement tasks in Camunda's history, and the hour log.
 * <p>
 * Then the published report (HTML, CSV), the statistics API and the dashboard's data are scanned for
 * the seeded youths' names, CPR number, schools, places and incident texts.
 */
@TrekantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final YearMonth MAY = YearMonth.of(2014, 5);
    static final String CPR = "150503-4327";
    static final String FIRST_NAME = "Rapportina";
    static final String LAST_NAME = "Seedgaard";
    static final String SCHOOL = "Seedskolen i Rapportby";
    static final String PLACE = "Rapporttorvet 7";
    static final String DESCRIPTION = "Kastede med sten mod en bus ved Rapporttorvet";
    static final String CASE_PREFIX = "RAP14-";
    static final String TASK_PREFIX = "rap14-task-";
    static final String PREVENTER_PREFIX = "rap14-preventer-";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportFiguresService service;
    @Autowired
    Reports reports;
    @Autowired
    HourLog hourLog;
    @Autowired
    PartnerService partners;
    @Autowired
    CprProtection cprProtection;
    @Autowired
    ObjectMapper springJson;
    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();
    final List<UUID> youths = new ArrayList<>();
    ReportFigures may;

    // ------------------------------------------------------------------ the seed

    @BeforeAll
    void seed() {
        UUID police = partner("demo-politi");
        UUID school = partner("demo-skole");
        UUID club = partner("demo-klub");

        // incidents received in May: §115 7 youths + 2 adults; concerns 3 school, 2 club, 1 staff; none from meetings
        for (int i = 0; i < 7; i++) {
            incident(police, "SECTION_115", at(5, 2 + i * 3, 10, 0), 15);
        }
        incident(police, "SECTION_115", at(5, 6, 11, 0), 19);
        incident(police, "SECTION_115", at(5, 31, 23, 59), 20);
        for (int i = 0; i < 3; i++) {
            incident(school, "CONCERN", at(5, 12 + i, 9, 0), 13);
        }
        incident(club, "CONCERN", at(5, 1, 0, 0), 14);
        incident(club, "CONCERN", at(5, 20, 18, 0), 16);
        incident(null, "CONCERN", at(5, 21, 8, 0), 12);
        // just outside: 30 April 23:59 and 1 June 00:00 (Danish time)
        incident(police, "SECTION_115", at(4, 30, 23, 59), 15);
        incident(police, "SECTION_115", LocalDateTime.of(2014, 6, 1, 0, 0), 15);

        // cases: opened, assessed, urgency, proposed, decided, closed
        caseRow(1, at(5, 5, 9, 0), at(5, 5, 13, 0), "AKUT", "INDIVIDUEL", "INDIVIDUEL", at(5, 20, 10, 0)); // 4 h
        caseRow(2, at(5, 6, 10, 0), at(5, 7, 12, 0), "AKUT", "INDIVIDUEL", "INDIVIDUEL", null); // 26 h: 24 h missed
        caseRow(3, at(5, 7, 8, 0), at(5, 8, 8, 0), "NORMAL", "MAALRETTET", "MAALRETTET", at(5, 30, 10, 0)); // 24 h
        caseRow(4, at(5, 12, 10, 0), at(5, 14, 10, 0), "NORMAL", "MAALRETTET", "GENEREL", null); // 48 h
        caseRow(5, at(5, 14, 9, 0), at(5, 20, 9, 0), "NORMAL", "GENEREL", "GENEREL", at(6, 10, 10, 0)); // 144 h
        // due Wednesday 21 May 10:00 (store bededag in between): done just in time
        caseRow(6, at(5, 13, 10, 0), at(5, 21, 10, 0), "NORMAL", "MAALRETTET", "MAALRETTET", null); // 192 h
        caseRow(7, at(5, 20, 12, 0), at(5, 28, 13, 0), "NORMAL", "GENEREL", "MAALRETTET", null); // 193 h, due 27 May
        caseRow(8, at(4, 30, 10, 0), at(5, 8, 10, 0), "NORMAL", "MAALRETTET", "MAALRETTET", null); // 192 h, due 7 May
        caseRow(9, at(5, 22, 9, 0), null, "NORMAL", "GENEREL", null, null); // due Fri 30 May (Thu 29 closed): missed
        caseRow(10, at(5, 29, 15, 0), null, "AKUT", "INDIVIDUEL", null, null); // due 30 May 15:00: missed
        caseRow(11, at(5, 30, 10, 0), null, "NORMAL", "GENEREL", null, null); // due in June
        caseRow(12, at(5, 5, 10, 0), at(5, 13, 10, 0), "NORMAL", "GENEREL", "GENEREL", null); // 192 h, due 12 May
        caseRow(13, at(5, 6, 10, 0), at(5, 14, 18, 0), "NORMAL", "MAALRETTET", "MAALRETTET", null); // 200 h, due 13 May
        caseRow(14, at(4, 1, 10, 0), at(4, 2, 10, 0), "NORMAL", "GENEREL", "GENEREL", at(4, 20, 10, 0));
        caseRow(15, at(4, 10, 10, 0), at(4, 11, 10, 0), "NORMAL", "INDIVIDUEL", "INDIVIDUEL", null);
        caseRow(16, at(5, 2, 10, 0), LocalDateTime.of(2014, 6, 3, 10, 0), "NORMAL", "GENEREL", "GENEREL", null); // due 9 May

        // parent dialogues: 4 concluded, 2 followed by a handover, 1 no-show in May; one on 30 April
        for (int i = 0; i < 4; i++) {
            dialogue(3, "CONCLUDED", at(5, 8 + i, 14, 0));
        }
        dialogue(6, "NEEDS_HANDOVER", at(5, 15, 14, 0));
        dialogue(7, "NEEDS_HANDOVER", at(5, 22, 14, 0));
        dialogue(12, "NO_SHOW", at(5, 9, 14, 0));
        dialogue(13, "CONCLUDED", at(4, 30, 23, 0));

        // handovers (documents) in May: 6; one in April
        for (int caseNo : new int[] {2, 6, 7, 12, 13, 15}) {
            handover(caseNo, at(5, 5 + caseNo, 10, 0));
        }
        handover(14, at(4, 15, 10, 0));

        // social services' acknowledgement tasks: start, due (24 h), end
        ackTask(1, at(5, 5, 10, 0), at(5, 6, 10, 0), at(5, 5, 15, 0));
        ackTask(2, at(5, 7, 9, 0), at(5, 8, 9, 0), at(5, 8, 11, 0));
        ackTask(3, at(5, 9, 12, 0), at(5, 10, 12, 0), at(5, 20, 12, 0)); // receipt due Tue 20 May 12:00: just in time
        ackTask(4, at(5, 21, 9, 0), at(5, 22, 9, 0), null);
        ackTask(5, at(5, 30, 10, 0), at(5, 31, 10, 0), LocalDateTime.of(2014, 6, 2, 10, 0));
        ackTask(6, at(4, 29, 10, 0), at(4, 30, 10, 0), at(5, 8, 10, 0));
        ackTask(7, at(5, 12, 10, 0), at(5, 13, 10, 0), at(5, 22, 10, 0));
        ackTask(8, at(5, 13, 10, 0), at(5, 14, 10, 0), null);
        ackTask(9, at(5, 14, 10, 0), at(5, 15, 10, 0), at(5, 23, 11, 0));

        // hours: preventer a 22, 18, 31, 25 outreach hours in the weeks of 5, 12, 19 and 26 May; b 12, 0, 20, 30
        String a = PREVENTER_PREFIX + "a";
        String b = PREVENTER_PREFIX + "b";
        hours(a, 4, 30, HourKind.HOTSPOT_PRESENCE, "8"); // the week of 28 April: not May's
        hours(a, 5, 5, HourKind.HOTSPOT_PRESENCE, "10");
        hours(a, 5, 7, HourKind.INSTITUTION_OUTREACH, "12");
        hours(a, 5, 8, HourKind.TEACHING, "6");
        hours(a, 5, 13, HourKind.WORKPLACE_VISIT, "18");
        hours(a, 5, 19, HourKind.SERIOUS_INCIDENT_PRESENCE, "11");
        hours(a, 5, 20, HourKind.HOTSPOT_PRESENCE, "20");
        hours(a, 5, 26, HourKind.INSTITUTION_OUTREACH, "15");
        hours(a, 6, 1, HourKind.HOTSPOT_PRESENCE, "10"); // Sunday: the week of 26 May
        hours(b, 5, 6, HourKind.INSTITUTION_OUTREACH, "12");
        hours(b, 5, 8, HourKind.MEETING, "4");
        hours(b, 5, 21, HourKind.WORKPLACE_VISIT, "20");
        hours(b, 5, 27, HourKind.HOTSPOT_PRESENCE, "15");
        hours(b, 5, 28, HourKind.HOTSPOT_PRESENCE, "15");

        may = service.compute(ReportPeriod.month(MAY));
    }

    @AfterAll
    void removeSeed() {
        jdbc.update("delete from trekant_report where period in ('2014-05', 'A2014-08')");
        jdbc.update("delete from trekant_hour_entry where staff_user like ?", PREVENTER_PREFIX + "%");
        jdbc.update("delete from ACT_HI_TASKINST where ID_ like ?", TASK_PREFIX + "%");
        jdbc.update("delete from trekant_case_document where case_id in (select id from trekant_youth_case where case_number like ?)",
                CASE_PREFIX + "%");
        jdbc.update("delete from trekant_parent_dialogue where case_id in (select id from trekant_youth_case where case_number like ?)",
                CASE_PREFIX + "%");
        jdbc.update("delete from trekant_youth_case where case_number like ?", CASE_PREFIX + "%");
        for (UUID youth : youths) {
            jdbc.update("delete from trekant_incident where youth_id = ?", youth);
            jdbc.update("delete from trekant_youth where id = ?", youth);
        }
    }

    // ------------------------------------------------------------------ the figures

    @Test
    void notificationsAndConcernsBySourceAndAge() {
        Section s = may.section("incidentsBySource").orElseThrow();
        assertThat(s.columns()).containsExactly("I alt", "Under 18 år", "18 år og derover");
        assertRow(s, "SECTION_115", "9", "7", "<5");
        assertRow(s, "CONCERN", "6", "6", "0");
        assertRow(s, "JOINT_MEETING", "0", "0", "0");
        assertRow(s, "TOTAL", "15", "13", "<5");
    }

    @Test
    void notificationsAndConcernsByPartnerKind() {
        Section s = may.section("incidentsByPartnerKind").orElseThrow();
        assertRow(s, "POLICE", "9");
        assertRow(s, "SCHOOL", "<5");
        assertRow(s, "CLUB", "<5");
        assertRow(s, "STAFF", "<5");
        for (String kind : List.of("HOUSING", "GUARDS", "WORKPLACE", "KRIMINALFORSORGEN")) {
            assertRow(s, kind, "0");
        }
    }

    @Test
    void levelsProposedAgainstChosen() {
        Section levels = may.section("levels").orElseThrow();
        assertThat(levels.columns()).containsExactly("Valgt", "Foreslået");
        assertRow(levels, "GENEREL", "<5", "<5");
        assertRow(levels, "MAALRETTET", "5", "5");
        assertRow(levels, "INDIVIDUEL", "<5", "<5");
        Section triage = may.section("triage").orElseThrow();
        assertThat(triage.columns()).containsExactly("I alt", "Valgt generel", "Valgt målrettet", "Valgt individuel");
        assertRow(triage, "GENEREL", "<5", "<5", "<5", "0");
        assertRow(triage, "MAALRETTET", "5", "<5", "<5", "0");
        assertRow(triage, "INDIVIDUEL", "<5", "0", "0", "<5");
    }

    @Test
    void timeFromReceiptToAssessmentMedianAndNinetiethPercentile() {
        Section s = may.section("timeToAssessment").orElseThrow();
        // all ten: 4, 24, 26, 48, 144, 192, 192, 192, 193, 200 hours
        assertRow(s, "ALL", "168,0", "193,7", "10");
        // two acute cases: no median of fewer than five
        assertRow(s, "ACUTE", "–", "–", "<5");
        // eight others: 24, 48, 144, 192, 192, 192, 193, 200
        assertRow(s, "NORMAL", "192,0", "195,1", "8");
        assertThat(s.row("ALL").orElseThrow().cells().get(0).value()).isEqualTo(168.0);
        assertThat(s.row("ACUTE").orElseThrow().cells().get(0).value()).isNull();
    }

    @Test
    void deadlinesMissedOnTheWorkingDayCalendar() {
        Section s = may.section("deadlines").orElseThrow();
        assertThat(s.columns()).containsExactly("Overskredet", "Frister i alt");
        // acute: cases 1 (met), 2 (26 h), 10 (not assessed)
        assertRow(s, "ACUTE_24H", "<5", "<5");
        // 5 working days: 3, 4, 5, 6 met (6 only because of store bededag); 7, 8, 9, 12, 13, 16 missed; 11 falls due in June
        assertRow(s, "ASSESSMENT_DUE", "6", "10");
        // social services' 24 hours: tasks 1-5, 7-9 fall due in May; only 1 in time
        assertRow(s, "SOCIAL_24H", "7", "8");
        // the receipt within 6 working days: 1, 2, 3 (store bededag), 4, 6-9 fall due in May; 4, 6, 7, 8, 9 missed
        assertRow(s, "RECEIPT_6WD", "5", "8");
    }

    @Test
    void parentDialoguesHandoversAndOpenCases() {
        Section dialogues = may.section("parentDialogues").orElseThrow();
        assertRow(dialogues, "HELD", "6");
        assertRow(dialogues, "NEEDS_HANDOVER", "<5");
        assertRow(dialogues, "NO_SHOW", "<5");
        assertRow(may.section("handovers").orElseThrow(), "HANDOVER", "6");
        Section open = may.section("openCasesByLevel").orElseThrow();
        // open on 31 May: 2, 4, 5 (closed in June), 6, 7, 8, 9, 10, 11, 12, 13, 15, 16 (assessed in June)
        assertRow(open, "GENEREL", "<5");
        assertRow(open, "MAALRETTET", "<5");
        assertRow(open, "INDIVIDUEL", "<5");
        assertRow(open, "NOT_ASSESSED", "<5");
        assertRow(open, "TOTAL", "13");
    }

    @Test
    void outreachHoursPerPreventerPerWeekAgainstTwentyToThirty() {
        Section s = may.section("outreachHours").orElseThrow();
        assertThat(s.columns()).containsExactly("Gns. timer pr. uge", "Uger", "Uger under 20 t", "Uger 20-30 t", "Uger over 30 t");
        assertThat(s.rows()).extracting(ReportFigures.Row::label)
                .containsExactly("Forebygger 1", "Forebygger 2", "Alle forebyggere (gennemsnit pr. forebygger)");
        assertRow(s, "PREVENTER_1", "24,0", "4", "1", "2", "1");
        assertRow(s, "PREVENTER_2", "15,5", "4", "2", "2", "0");
        assertRow(s, "TEAM", "19,8", "8", "3", "4", "1");
        // the period's own days (ReportPeriod.hours): 30 April and 1 June count in their months, not in May
        Section kinds = may.section("hoursByKind").orElseThrow();
        assertRow(kinds, "HOTSPOT_PRESENCE", "60,0");
        assertRow(kinds, "WORKPLACE_VISIT", "38,0");
        assertRow(kinds, "SERIOUS_INCIDENT_PRESENCE", "11,0");
        assertRow(kinds, "INSTITUTION_OUTREACH", "39,0");
        assertRow(kinds, "TEACHING", "6,0");
        assertRow(kinds, "MEETING", "4,0");
        assertRow(kinds, "TOTAL", "158,0");
    }

    @Test
    void theReportHasTheSectionsWhoseSourcesExist() {
        assertThat(may.sections()).extracting(Section::id).containsExactly("incidentsBySource", "incidentsByPartnerKind",
                "levels", "triage", "timeToAssessment", "deadlines", "parentDialogues", "handovers", "openCasesByLevel",
                "outreachHours", "hoursByKind", "hotspots", "teaching");
        assertThat(may.period()).isEqualTo("2014-05");
        assertThat(may.from()).isEqualTo("2014-05-01");
        assertThat(may.to()).isEqualTo("2014-05-31");
    }

    @Test
    void theThemeReportShowsEachFiguresTwelveMonthTrend() {
        ReportFigures year = service.compute(ReportPeriod.year(YearMonth.of(2014, 8)));
        assertThat(year.period()).isEqualTo("A2014-08");
        assertThat(year.from()).isEqualTo("2013-09-01");
        Section total = year.section("incidentsBySource").orElseThrow();
        // the twelve months: May's 15 and the two incidents on 30 April and 1 June
        assertRow(total, "TOTAL", "17", "15", "<5");
        Section trend = year.section("trend:incidentsBySource").orElseThrow();
        assertThat(trend.columns()).hasSize(12).startsWith("sep. 13").endsWith("aug. 14");
        assertThat(trend.row("TOTAL").orElseThrow().cells()).extracting(ReportFigures.Cell::text)
                .containsExactly("0", "0", "0", "0", "0", "0", "0", "<5", "15", "<5", "0", "0");
        assertThat(year.section("trend:timeToAssessment").orElseThrow().row("ALL").orElseThrow().cells().get(8).text())
                .isEqualTo("168,0");
        assertThat(year.section("trend:outreachHours").orElseThrow().rows()).extracting(ReportFigures.Row::key)
                .containsExactly("TEAM");
    }

    // ------------------------------------------------------------------ publishing, and no personal data anywhere

    @Test
    void thePublishedReportTheStatisticsAndTheDashboardCarryNoPersonalData() throws Exception {
        Report draft = reports.draft(ReportPeriod.month(MAY), null);
        assertThat(draft.status()).isEqualTo(Report.Status.DRAFT);
        Report published = reports.publish(draft.id(), "Flere bekymringer fra skolerne end sidste måned.", "leder");
        assertThat(published.path()).isEqualTo("/reports/monthly/2014-05");
        assertThat(published.figures()).isEqualTo(may);
        assertThat(jdbc.queryForObject("select approved_by from trekant_report where id = ?", String.class, draft.id()))
                .isEqualTo("leder");

        Http http = new Http(port);
        HttpResponse<String> html = http.get("/reports/monthly/2014-05", Http.basic("koordinator", "koordinator"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(html.body()).contains("Månedlig status maj 2014", "Institutions- og Skoleudvalget og Socialudvalget",
                "Flere bekymringer fra skolerne", "168,0", "&lt;5");
        HttpResponse<String> csv = http.get("/reports/monthly/2014-05.csv", Http.basic("socialraadgiver", "socialraadgiver"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("MONTHLY;2014-05;Tid fra modtagelse til vurdering;Alle sager;Median (timer);168,0");
        HttpResponse<String> list = http.get("/reports", Http.basic("forebygger", "forebygger"));
        assertThat(list.body()).contains("/reports/monthly/2014-05");

        HttpResponse<String> leader = http.get("/api/v1/statistics?month=2014-05", Http.basic("leder", "leder"));
        HttpResponse<String> police = http.get("/api/v1/statistics?month=2014-05", Http.bearer("demo-politi"));
        HttpResponse<String> dashboard = http.get("/dashboard/data?month=2014-05", Http.basic("leder", "leder"));
        assertThat(List.of(leader.statusCode(), police.statusCode(), dashboard.statusCode())).containsOnly(200);

        // the same figures everywhere
        JsonNode leaderJson = json.readTree(leader.body());
        assertThat(leaderJson).isEqualTo(json.readTree(springJson.writeValueAsString(may)));
        assertThat(json.readTree(dashboard.body()).get("figures")).isEqualTo(leaderJson);
        assertThat(leaderJson.toString()).contains("\"id\":\"outreachHours\"");
        JsonNode policeJson = json.readTree(police.body());
        assertThat(policeJson.toString()).doesNotContain("outreachHours", "Forebygger");
        assertThat(policeJson.get("sections").size()).isEqualTo(leaderJson.get("sections").size() - 1);

        List<String> personal = new ArrayList<>(List.of(FIRST_NAME, LAST_NAME, SCHOOL, PLACE, DESCRIPTION, CPR,
                CPR.replace("-", ""), CASE_PREFIX, PREVENTER_PREFIX));
        for (UUID youth : youths) {
            personal.add(youth.toString());
        }
        for (var answer : List.of(html, csv, list, leader, police, dashboard)) {
            assertThat(answer.body()).as(answer.uri().toString()).doesNotContain(personal);
        }
        String stored = jdbc.queryForObject("select figures_json from trekant_report where id = ?", String.class, draft.id());
        assertThat(stored).doesNotContain(personal);
    }

    @Test
    void theDashboardIsForLeadersOnly() {
        Http http = new Http(port);
        assertThat(http.get("/dashboard", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/dashboard", null).headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        for (String user : List.of("koordinator", "forebygger", "konsulent", "socialraadgiver", "admin")) {
            assertThat(http.get("/dashboard", Http.basic(user, user)).statusCode()).as(user).isEqualTo(403);
            assertThat(http.get("/dashboard/data", Http.basic(user, user)).statusCode()).as(user).isEqualTo(403);
        }
        // (a wrong password for a real user would lock it for seconds: Camunda's login delay)
        assertThat(http.get("/dashboard", Http.basic("rap14-nobody", "wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> page = http.get("/dashboard", Http.basic("leder", "leder"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).contains(DashboardController.CHART_JS, "/dashboard/dashboard.js").doesNotContain("<script>");
        assertThat(http.get(DashboardController.CHART_JS, Http.basic("leder", "leder")).statusCode()).isEqualTo(200);
        assertThat(http.get("/dashboard/dashboard.js", Http.basic("leder", "leder")).statusCode()).isEqualTo(200);
        HttpResponse<String> data = http.get("/dashboard/data", Http.basic("leder", "leder"));
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"openTasks\"", "\"perWeek\"", "\"figures\"");
        assertThat(http.get("/dashboard/data?month=2014-13", Http.basic("leder", "leder")).statusCode()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRow(Section section, String key, String... texts) {
        assertThat(section.row(key)).as(section.id() + " has " + key).isPresent();
        assertThat(section.row(key).orElseThrow().cells()).extracting(ReportFigures.Cell::text).as(section.id() + "/" + key)
                .containsExactly(texts);
    }

    private UUID partner(String name) {
        return partners.byName(name).map(Partner::getId).orElseThrow();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2014, month, day, hour, minute);
    }

    private static Timestamp ts(LocalDateTime local) {
        return local == null ? null : Timestamp.from(local.atZone(ZONE).toInstant());
    }

    private UUID youth() {
        UUID id = UUID.randomUUID();
        Cpr cpr = Cpr.parse(CPR).orElseThrow();
        boolean first = youths.isEmpty();
        jdbc.update("""
                insert into trekant_youth (id, cpr_hash, cpr_encrypted, first_name, last_name, date_of_birth, school,
                    known_to_social_services, created_at)
                values (?, ?, ?, ?, ?, ?, ?, false, ?)""",
                id, first ? cprProtection.lookupHash(cpr) : null, first ? cprProtection.encrypt(cpr) : null, FIRST_NAME,
                LAST_NAME + youths.size(), java.sql.Date.valueOf(LocalDate.of(2000, 1, 1)), SCHOOL, ts(at(4, 1, 0, 0)));
        youths.add(id);
        return id;
    }

    private void incident(UUID partner, String source, LocalDateTime receivedAt, int age) {
        jdbc.update("""
                insert into trekant_incident (id, youth_id, source, partner_id, partner_reference, reported_by, occurred_at,
                    received_at, place, offence_category, youth_role, description, age_at_incident, track)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'HAERVAERK', 'MISTAENKT', ?, ?, ?)""",
                UUID.randomUUID(), youth(), source, partner, partner == null ? null : "RAP14-" + UUID.randomUUID(),
                partner == null ? "koordinator" : null, ts(receivedAt.minusHours(2)), ts(receivedAt), PLACE, DESCRIPTION, age,
                age >= 18 ? "ADULT" : "YOUTH");
    }

    private void caseRow(int number, LocalDateTime openedAt, LocalDateTime assessedAt, String urgency, String proposed,
            String decided, LocalDateTime closedAt) {
        UUID youth = youth();
        jdbc.update("""
                insert into trekant_youth_case (id, case_number, youth_id, open_youth_id, status, proposed_level, urgency,
                    decided_level, decision, coordinator, opened_at, assessed_at, closed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                UUID.randomUUID(), CASE_PREFIX + number, youth, closedAt == null ? youth : null, closedAt == null ? "OPEN" : "CLOSED",
                proposed, urgency, decided, decided == null ? null : "PARENT_DIALOGUE", decided == null ? null : "koordinator",
                ts(openedAt), ts(assessedAt), ts(closedAt));
    }

    private UUID caseId(int number) {
        return jdbc.queryForObject("select id from trekant_youth_case where case_number = ?", UUID.class, CASE_PREFIX + number);
    }

    private void dialogue(int caseNumber, String outcome, LocalDateTime recordedAt) {
        jdbc.update("""
                insert into trekant_parent_dialogue (id, case_id, place, participants, summary_mapping, outcome, held_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, 'forebygger', ?)""",
                UUID.randomUUID(), caseId(caseNumber), PLACE, FIRST_NAME + " og forældre", DESCRIPTION, outcome, ts(recordedAt));
    }

    private void handover(int caseNumber, LocalDateTime createdAt) {
        jdbc.update("""
                insert into trekant_case_document (id, case_id, kind, title, content_html, created_at)
                values (?, ?, 'HANDOVER', 'Underretning', ?, ?)""",
                UUID.randomUUID(), caseId(caseNumber), "<p>" + FIRST_NAME + " " + DESCRIPTION + "</p>", ts(createdAt));
    }

    private void ackTask(int number, LocalDateTime start, LocalDateTime due, LocalDateTime end) {
        jdbc.update("""
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_,
                    START_TIME_, END_TIME_, DUE_DATE_, PRIORITY_)
                values (?, 'acknowledgeHandover', 'youthCase', ?, ?, 'Kvittér for underretning', ?, ?, ?, 50)""",
                TASK_PREFIX + number, TASK_PREFIX + "pi-" + number, TASK_PREFIX + "pi-" + number, ts(start), ts(end), ts(due));
    }

    private void hours(String user, int month, int day, HourKind kind, String hours) {
        hourLog.record(user, LocalDate.of(2014, month, day), kind, new BigDecimal(hours), HourSource.OUTREACH_REQUEST,
                UUID.randomUUID(), null, null);
    }
}
