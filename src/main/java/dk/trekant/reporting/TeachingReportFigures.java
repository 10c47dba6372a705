package dk.trekant.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.trekant.general.TeachingProperties;
import dk.trekant.general.TeachingStatistics;
import dk.trekant.general.TeachingStatistics.TeachingFigures;
import dk.trekant.general.TeachingStatistics.TopicFigures;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;

/** General prevention: teaching courses held in the period, classes and pupils reached, in all and per topic. */
@Component
class TeachingReportFigures implements FigureSource {

    private final TeachingStatistics teaching;
    private final TeachingProperties properties;

    TeachingReportFigures(TeachingStatistics teaching, TeachingProperties properties) {
        this.teaching = teaching;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public List<Section> sections(ReportPeriod period) {
        TeachingFigures all = teaching.between(period.from(), period.to());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("TOTAL", "I alt", List.of(Cell.count(all.sessionsHeld()), Cell.count(all.classesTaught()),
                Cell.count(all.pupilsReached()))));
        for (TopicFigures topic : teaching.perTopic(period.from(), period.to())) {
            String label = properties.topic(topic.topic()).map(TeachingProperties.Topic::label).orElse(topic.topic());
            rows.add(new Row("TOPIC_" + topic.topic(), label, List.of(Cell.count(topic.sessionsHeld()), Cell.none(),
                    Cell.count(topic.pupilsReached()))));
        }
        return List.of(new Section("teaching", "Undervisning (generel forebyggelse)",
                "Undervisningsforløb gennemført i perioden, efter gennemførelsesdato; emner som skolerne har bestilt dem.",
                List.of("Forløb", "Klasser", "Elever nået"), rows));
    }
}
