package dk.trekant.reporting;

import java.util.List;

/**
 * A source of report figures: one Spring bean per part of Trekant that has figures to report. The
 * report, the dashboard and the statistics API all take their figures from these beans (through
 * {@link ReportFiguresService}), so they always agree.
 * <p>
 * <b>Where the other tracks plug in:</b> the targeted track adds a bean for active hotspots and their
 * presence hours, the general track one for teaching sessions and pupils reached (and the survey's
 * findings for the theme report). Each returns its sections for the period, with every count made by
 * {@link ReportFigures.Cell#count(long)}; {@link #order()} places them in the report (the youth case
 * is 100-199, hours 200-299; hotspots 300, teaching 400, survey 500).
 */
public interface FigureSource {

    /** The sections for the days {@code period.from()} to {@code period.to()}, both included. */
    List<ReportFigures.Section> sections(ReportPeriod period);

    /** Where the sections go in the report, smallest first. */
    int order();

    /** Sections that partners (the police, for the lokalråd's shared picture) may not see, by id. */
    default List<String> internalSections() {
        return List.of();
    }
}
