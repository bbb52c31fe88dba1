package org.coprod.report;

import static org.coprod.report.Document.left;
import static org.coprod.report.Document.right;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.scoring.Comparison;
import org.coprod.core.scoring.Comparison.Change;
import org.coprod.core.scoring.Comparison.Direction;
import org.coprod.core.scoring.Comparison.ServiceChange;
import org.coprod.core.scoring.Figures;
import org.coprod.core.scoring.Round;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;

/**
 * What changed between two rounds of the same questionnaire, service by service: each measure before and after, the
 * change with an arrow, the verdict then and now, and one sentence that says what got better and what got worse.
 */
public final class ComparisonReport implements Report {
    private final Questionnaire questionnaire;
    private final Round before;
    private final Round after;
    private final Map<String, String> measureNames = new LinkedHashMap<>();
    private final List<ServiceChange> changes = new ArrayList<>();
    private final List<String> onlyBefore = new ArrayList<>();
    private final List<String> onlyAfter = new ArrayList<>();
    private final Words words;

    public ComparisonReport(Questionnaire questionnaire, Round before, Round after) {
        this.questionnaire = questionnaire;
        this.before = before;
        this.after = after;
        this.words = Words.forTag(questionnaire.language());
        for (Section section : questionnaire.sections()) {
            if (Snapshot.reported(questionnaire, section)) {
                measureNames.put(section.id(), section.name());
            }
        }
        questionnaire.dimensions().forEach(d -> measureNames.put(d.id(), d.name()));
        pairServices();
    }

    /** Services are paired by name; two rounds of one service each are paired whatever their names. */
    private void pairServices() {
        List<String> ids = List.copyOf(measureNames.keySet());
        if (before.services().size() == 1
                && after.services().size() == 1
                && before.hidden().isEmpty()
                && after.hidden().isEmpty()) {
            changes.add(Comparison.compare(
                    before.services().get(0), after.services().get(0), ids));
            return;
        }
        Map<String, Snapshot> later = new LinkedHashMap<>();
        after.services().forEach(s -> later.put(s.service(), s));
        for (Snapshot earlier : before.services()) {
            Snapshot match = later.remove(earlier.service());
            if (match == null) {
                onlyBefore.add(earlier.service());
            } else {
                changes.add(Comparison.compare(earlier, match, ids));
            }
        }
        onlyAfter.addAll(later.keySet());
    }

    @Override
    public Document document() {
        Document doc = new Document(words.get("report.comparison.title"), words)
                .bands(questionnaire.scoring().bands())
                .language(questionnaire.language());
        doc.paragraph(words.get(
                "report.comparison.intro", before.source(), after.source(), questionnaire.title(), versions()));
        doc.paragraph(words.get("report.comparison.notable", Figures.format(Comparison.NOTABLE_CHANGE)));
        if (changes.isEmpty()) {
            doc.paragraph(words.get("report.comparison.nothing-to-compare"));
        }
        for (ServiceChange change : changes) {
            service(doc, change);
        }
        unmatched(doc);
        return doc;
    }

    /** Which versions were compared, and what that means for reading the changes. */
    private String versions() {
        String was = before.questionnaireVersion();
        String is = after.questionnaireVersion();
        if (was.equals(is)) {
            return words.get("report.comparison.version", was);
        }
        if (Questionnaire.majorVersion(was).equals(Questionnaire.majorVersion(is))) {
            return words.get("report.comparison.versions-same-questions", was, is);
        }
        return words.get("report.comparison.versions-different-questions", was, is);
    }

    private void service(Document doc, ServiceChange change) {
        doc.heading(serviceName(change));
        doc.paragraph(summary(change));
        List<List<Cell>> rows = new ArrayList<>();
        change.changes().forEach(c -> rows.add(row(measureNames.get(c.id()), c)));
        rows.add(row(words.get("report.principles.average"), change.average()));
        String none = words.get("report.comparison.no-verdict-cell");
        rows.add(List.of(
                Document.text(words.get("report.column.verdict")),
                Document.text(change.before().verdict().orElse(none)),
                Document.text(change.after().verdict().orElse(none)),
                Document.text(words.get(
                        change.verdictChanged()
                                ? "report.comparison.verdict-changed"
                                : "report.comparison.verdict-same"))));
        doc.table(new Table(
                List.of(left(words, "measure"), right(words, "before"), right(words, "after"), right(words, "change")),
                rows));
        doc.chart(new Chart(
                ChartKind.BARS,
                words.get("report.comparison.chart", serviceName(change)),
                change.changes().stream().map(c -> measureNames.get(c.id())).toList(),
                List.of(
                        new Series(
                                words.get("report.column.before"),
                                change.changes().stream().map(Change::before).toList()),
                        new Series(
                                words.get("report.column.after"),
                                change.changes().stream().map(Change::after).toList()))));
    }

    private String serviceName(ServiceChange change) {
        String was = change.before().service();
        String now = change.after().service();
        return was.equals(now) ? now : words.get("report.comparison.renamed", now, was);
    }

    private List<Cell> row(String name, Change change) {
        String noScore = words.get("report.no-score.short");
        return List.of(
                Document.text(name),
                Document.text(Figures.format(change.before(), noScore)),
                Document.text(Figures.format(change.after(), noScore)),
                Document.text(arrow(change)));
    }

    static String arrow(Change change) {
        OptionalDouble difference = change.difference();
        if (difference.isEmpty()) {
            return "";
        }
        String figure = (difference.getAsDouble() > 0 ? "+" : "") + Figures.format(difference.getAsDouble());
        return switch (change.direction()) {
            case BETTER -> "↑ " + figure;
            case WORSE -> "↓ " + figure;
            default -> "→ " + figure;
        };
    }

    /** One sentence: the verdict's move (or not), then what got better and what got worse. */
    String summary(ServiceChange change) {
        String noVerdict = words.get("report.comparison.no-verdict");
        String verdict = change.verdictChanged()
                ? words.get(
                        "report.comparison.moved",
                        change.before().verdict().orElse(noVerdict),
                        change.after().verdict().orElse(noVerdict))
                : change.after()
                        .verdict()
                        .map(v -> words.get("report.comparison.stayed", v))
                        .orElse(words.get("report.comparison.never-a-verdict"));
        return words.get("report.comparison.summary", change.after().service(), verdict, movement(change));
    }

    /** What got better and what got worse, or that nothing changed much. */
    private String movement(ServiceChange change) {
        String better = words.and(named(change, Direction.BETTER));
        String worse = words.and(named(change, Direction.WORSE));
        if (better.isEmpty() && worse.isEmpty()) {
            return words.get("report.comparison.nothing-changed", Figures.format(Comparison.NOTABLE_CHANGE));
        }
        if (worse.isEmpty()) {
            return words.get("report.comparison.better", better);
        }
        return better.isEmpty()
                ? words.get("report.comparison.worse", worse)
                : words.get("report.comparison.better-and-worse", better, worse);
    }

    private List<String> named(ServiceChange change, Direction direction) {
        return change.changes().stream()
                .filter(c -> c.direction() == direction)
                .map(c -> words.get("report.name-figure", measureNames.get(c.id()), arrow(c).substring(2)))
                .toList();
    }

    private void unmatched(Document doc) {
        List<String> notes = new ArrayList<>();
        onlyBefore.forEach(s -> notes.add(words.get("report.comparison.only-before", s, before.source())));
        onlyAfter.forEach(s -> notes.add(words.get("report.comparison.only-after", s, after.source())));
        before.hidden().forEach(s -> notes.add(words.get("report.comparison.hidden", s, before.source())));
        after.hidden().forEach(s -> notes.add(words.get("report.comparison.hidden", s, after.source())));
        if (!notes.isEmpty()) {
            doc.heading(words.get("report.comparison.not-compared"));
            doc.bullets(notes);
        }
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> root = Json.header("comparison", questionnaire, after.questionnaireVersion());
        root.put(
                "before",
                Json.object("source", before.source(), "questionnaireVersion", before.questionnaireVersion()));
        root.put("after", Json.object("source", after.source(), "questionnaireVersion", after.questionnaireVersion()));
        root.put("notableChange", Comparison.NOTABLE_CHANGE);
        List<Object> services = new ArrayList<>();
        for (ServiceChange change : changes) {
            List<Object> measures = new ArrayList<>();
            change.changes().forEach(c -> measures.add(jsonChange(c.id(), measureNames.get(c.id()), c)));
            services.add(Json.object(
                    "name",
                    change.after().service(),
                    "nameBefore",
                    change.before().service(),
                    "verdictBefore",
                    change.before().verdict().orElse(null),
                    "verdictAfter",
                    change.after().verdict().orElse(null),
                    "verdictChanged",
                    change.verdictChanged(),
                    "summary",
                    summary(change),
                    "average",
                    jsonChange("average", words.get("report.principles.average"), change.average()),
                    "measures",
                    measures));
        }
        root.put("services", services);
        root.put("onlyBefore", onlyBefore);
        root.put("onlyAfter", onlyAfter);
        root.put("hiddenBefore", before.hidden());
        root.put("hiddenAfter", after.hidden());
        return root;
    }

    private static Map<String, Object> jsonChange(String id, String name, Change change) {
        return Json.object(
                "id",
                id,
                "name",
                name,
                "before",
                Json.number(change.before()),
                "after",
                Json.number(change.after()),
                "change",
                Json.number(change.difference()),
                "direction",
                change.direction().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toCsv() {
        List<String> header = new ArrayList<>(List.of(
                "service", "verdict_before", "verdict_after", "average_before", "average_after", "average_change"));
        measureNames.keySet().forEach(id -> header.addAll(List.of(id + "_before", id + "_after", id + "_change")));
        header.add("summary");
        StringBuilder out = new StringBuilder();
        Csv.row(out, header);
        for (ServiceChange change : changes) {
            List<String> row = new ArrayList<>(List.of(
                    change.after().service(),
                    change.before().verdict().orElse(""),
                    change.after().verdict().orElse("")));
            for (Change c : concat(change.average(), change.changes())) {
                row.addAll(List.of(Csv.number(c.before()), Csv.number(c.after()), Csv.number(c.difference())));
            }
            row.add(summary(change));
            Csv.row(out, row);
        }
        return out.toString();
    }

    private static List<Change> concat(Change first, List<Change> rest) {
        List<Change> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
