package org.coprod.report;

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
import org.coprod.core.scoring.Verdicts;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Column;
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

    public ComparisonReport(Questionnaire questionnaire, Round before, Round after) {
        this.questionnaire = questionnaire;
        this.before = before;
        this.after = after;
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
        if (before.services().size() == 1 && after.services().size() == 1 && before.hidden().isEmpty() && after.hidden().isEmpty()) {
            changes.add(Comparison.compare(before.services().get(0), after.services().get(0), ids));
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
        Document doc = new Document("What changed").bands(questionnaire.scoring().bands()).language(questionnaire.language());
        doc.paragraph("Before: " + before.source() + ". After: " + after.source() + ". Questionnaire: " + questionnaire.title()
                + versions());
        doc.paragraph("A change of " + Figures.format(Comparison.NOTABLE_CHANGE) + " points or more counts as better (↑) or worse"
                + " (↓); smaller changes count as about the same (→).");
        if (changes.isEmpty()) {
            doc.paragraph("No service has figures in both rounds, so there is nothing to compare.");
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
            return " (version " + was + ").";
        }
        if (Questionnaire.majorVersion(was).equals(Questionnaire.majorVersion(is))) {
            return " (version " + was + " before, " + is + " after, which ask the same questions).";
        }
        return " (version " + was + " before, " + is + " after). These versions ask different questions: the principles'"
                + " scores can be compared, but part of a change may come from the new questions; a measure that only one"
                + " version has shows no change; and each round's verdict comes from its own version's rules, so a changed"
                + " verdict may come from the new rules as well as from the service.";
    }

    private void service(Document doc, ServiceChange change) {
        doc.heading(serviceName(change));
        doc.paragraph(summary(change));
        List<List<Cell>> rows = new ArrayList<>();
        change.changes().forEach(c -> rows.add(row(measureNames.get(c.id()), c)));
        rows.add(row("Average of the principles", change.average()));
        rows.add(List.of(Document.text("Verdict"), Document.text(change.before().verdict().orElse("none")),
                Document.text(change.after().verdict().orElse("none")), Document.text(change.verdictChanged() ? "changed" : "same")));
        doc.table(new Table(List.of(new Column("Measure", Align.LEFT), new Column("Before", Align.RIGHT),
                new Column("After", Align.RIGHT), new Column("Change", Align.RIGHT)), rows));
        doc.chart(new Chart(ChartKind.BARS, serviceName(change) + ": before and after", change.changes().stream()
                .map(c -> measureNames.get(c.id())).toList(), List.of(
                        new Series("Before", change.changes().stream().map(Change::before).toList()),
                        new Series("After", change.changes().stream().map(Change::after).toList()))));
    }

    private static String serviceName(ServiceChange change) {
        String was = change.before().service();
        String now = change.after().service();
        return was.equals(now) ? now : now + " (before: " + was + ")";
    }

    private static List<Cell> row(String name, Change change) {
        return List.of(Document.text(name), Document.text(Figures.format(change.before(), "no score")),
                Document.text(Figures.format(change.after(), "no score")), Document.text(arrow(change)));
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
        String verdict = change.verdictChanged()
                ? "moved from " + change.before().verdict().orElse("no verdict") + " to " + change.after().verdict().orElse("no verdict")
                : change.after().verdict().map(v -> "stayed at " + v).orElse("has no verdict in either round");
        List<String> better = named(change, Direction.BETTER);
        List<String> worse = named(change, Direction.WORSE);
        String movement;
        if (better.isEmpty() && worse.isEmpty()) {
            movement = "nothing changed by " + Figures.format(Comparison.NOTABLE_CHANGE) + " points or more";
        } else {
            List<String> parts = new ArrayList<>();
            if (!better.isEmpty()) {
                parts.add(Verdicts.naturalList(better) + " got better");
            }
            if (!worse.isEmpty()) {
                parts.add(Verdicts.naturalList(worse) + " got worse");
            }
            movement = String.join(", and ", parts);
        }
        return change.after().service() + " " + verdict + ": " + movement + ".";
    }

    private List<String> named(ServiceChange change, Direction direction) {
        return change.changes().stream().filter(c -> c.direction() == direction)
                .map(c -> measureNames.get(c.id()) + " (" + arrow(c).substring(2) + ")").toList();
    }

    private void unmatched(Document doc) {
        List<String> notes = new ArrayList<>();
        onlyBefore.forEach(s -> notes.add(s + ": only in the earlier round (" + before.source() + ")."));
        onlyAfter.forEach(s -> notes.add(s + ": only in the later round (" + after.source() + ")."));
        before.hidden().forEach(s -> notes.add(s + ": figures not shown in " + before.source() + " (too few respondents)."));
        after.hidden().forEach(s -> notes.add(s + ": figures not shown in " + after.source() + " (too few respondents)."));
        if (!notes.isEmpty()) {
            doc.heading("Not compared");
            doc.bullets(notes);
        }
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> root = Json.header("comparison", questionnaire, after.questionnaireVersion());
        root.put("before", Json.object("source", before.source(), "questionnaireVersion", before.questionnaireVersion()));
        root.put("after", Json.object("source", after.source(), "questionnaireVersion", after.questionnaireVersion()));
        root.put("notableChange", Comparison.NOTABLE_CHANGE);
        List<Object> services = new ArrayList<>();
        for (ServiceChange change : changes) {
            List<Object> measures = new ArrayList<>();
            change.changes().forEach(c -> measures.add(jsonChange(c.id(), measureNames.get(c.id()), c)));
            services.add(Json.object("name", change.after().service(), "nameBefore", change.before().service(),
                    "verdictBefore", change.before().verdict().orElse(null), "verdictAfter", change.after().verdict().orElse(null),
                    "verdictChanged", change.verdictChanged(), "summary", summary(change),
                    "average", jsonChange("average", "Average of the principles", change.average()), "measures", measures));
        }
        root.put("services", services);
        root.put("onlyBefore", onlyBefore);
        root.put("onlyAfter", onlyAfter);
        root.put("hiddenBefore", before.hidden());
        root.put("hiddenAfter", after.hidden());
        return root;
    }

    private static Map<String, Object> jsonChange(String id, String name, Change change) {
        return Json.object("id", id, "name", name, "before", Json.number(change.before()), "after", Json.number(change.after()),
                "change", Json.number(change.difference()), "direction", change.direction().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toCsv() {
        List<String> header = new ArrayList<>(List.of("service", "verdict_before", "verdict_after", "average_before", "average_after", "average_change"));
        measureNames.keySet().forEach(id -> header.addAll(List.of(id + "_before", id + "_after", id + "_change")));
        header.add("summary");
        StringBuilder out = new StringBuilder();
        Csv.row(out, header);
        for (ServiceChange change : changes) {
            List<String> row = new ArrayList<>(List.of(change.after().service(), change.before().verdict().orElse(""),
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
