package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Question;
import org.coprod.core.scoring.ActivityCheck;
import org.coprod.core.scoring.ConditionCheck;
import org.coprod.core.scoring.Figures;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.Placement;
import org.coprod.core.scoring.Truth;
import org.coprod.core.scoring.Verdict;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;

/**
 * What every report says about a verdict beyond its name: which figures decided it and how far each is from its
 * threshold, how firm it is, where the service sits on the planning and delivery grid, and which of the four kinds
 * of joint work (co-commissioning, co-design, co-delivery, co-assessment) there is evidence of.
 */
final class VerdictDetail {
    /** How many changes that would move a verdict are named; the rest are counted. */
    private static final int NAMED_SHIFTS = 3;

    private VerdictDetail() {}

    /** "How firm: only just. ..." in plain words; empty when there was no verdict to move. */
    static String firmness(Firmness firmness) {
        return switch (firmness.level()) {
            case FIRM -> "Firm: no single answer, and no two answers together, moved one step up or down would change"
                    + " this verdict.";
            case FAIRLY_FIRM -> "Fairly firm: no single answer moved one step would change it, but "
                    + count(firmness.count(), "pair") + " of answers moved together would, for example "
                    + describe(firmness.shifts().get(0)) + ".";
            case ONLY_JUST -> "Only just: moving a single answer one step would change it, in "
                    + (firmness.count() == 1 ? "one way" : firmness.count() + " ways") + ": "
                    + firmness.shifts().stream().limit(NAMED_SHIFTS).map(VerdictDetail::describe).collect(Collectors.joining("; "))
                    + (firmness.count() > NAMED_SHIFTS ? "; and " + (firmness.count() - NAMED_SHIFTS) + " more" : "") + ".";
            case UNDECIDED -> "";
        };
    }

    /** The level alone, for a spreadsheet cell: "only just", "fairly firm", "firm", or nothing when undecided. */
    static String firmnessLevel(Firmness firmness) {
        return firmness.level() == Firmness.Level.UNDECIDED ? ""
                : firmness.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String describe(Firmness.Shift shift) {
        return shift.moves().stream().map(m -> "\u201C" + m.question().text() + "\u201D answered " + m.to().label()
                + " instead of " + m.from().label()).collect(Collectors.joining(", with ")) + " would make it "
                + shift.becomes().label();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The figures that decided the verdict, each with its threshold and its distance from it. */
    static void deciding(Document doc, Verdict verdict) {
        List<ConditionCheck> deciding = verdict.deciding();
        if (deciding.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionCheck check : deciding) {
            rows.add(List.of(Document.text(check.subject()), Document.text(Figures.format(check.actual(), "too few answers")),
                    Document.text(needed(check.condition())), Document.text(margin(check))));
        }
        doc.table(new Table(List.of(new Column("Figure that decided it", Align.LEFT), new Column("Score", Align.RIGHT),
                new Column("Test", Align.LEFT), new Column("How far from the line", Align.LEFT)), rows));
    }

    private static String needed(Condition condition) {
        return (condition.comparison() == Condition.Comparison.AT_LEAST ? "at least " : "below ")
                + Figures.format(condition.threshold());
    }

    private static String margin(ConditionCheck check) {
        if (check.margin().isEmpty()) {
            return "cannot tell";
        }
        double margin = check.margin().getAsDouble();
        String passes = check.truth() == Truth.HOLDS ? "passes" : "fails";
        if (Math.abs(margin) < 1e-9) {
            return passes + ", exactly on the line";
        }
        return passes + ", " + Figures.format(Math.abs(margin)) + (margin > 0 ? " above" : " below");
    }

    /** Where the service sits on Bovaird's grid, and the evidence of each kind of joint work. */
    static void placement(Document doc, java.util.Optional<Placement> placement, List<ActivityCheck> activities,
            Map<String, String> answers) {
        if (placement.isEmpty() && activities.isEmpty()) {
            return;
        }
        doc.heading("Who plans, who delivers: where the service sits");
        placement.ifPresent(p -> doc.paragraph("On the planning and delivery grid:", "planned by " + p.planning().phrase
                + ", delivered by " + p.delivery().phrase + ". Bovaird (2007) calls this cell \u201C" + p.cell() + "\u201D."
                + " Planning counts as shared here when people have a real say in decisions; only his middle cell, planned and"
                + " delivered by people and professionals together, can be co-production, and the verdict also asks that"
                + " planning is shared widely (shared planning of 60 or more), that staff contribute as partners and that"
                + " every principle is present."));
        if (activities.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ActivityCheck check : activities) {
            rows.add(List.of(Document.text(check.activity().name()), Document.text(status(check.present())),
                    Document.text(evidence(check, answers))));
        }
        doc.table(new Table(List.of(new Column("Kind of joint work", Align.LEFT), new Column("Found?", Align.LEFT),
                new Column("Evidence", Align.LEFT)), rows));
    }

    static String status(Truth present) {
        return switch (present) {
            case HOLDS -> "yes";
            case FAILS -> "no";
            case UNKNOWN -> "cannot tell";
        };
    }

    private static String evidence(ActivityCheck check, Map<String, String> answers) {
        if (check.present() != Truth.HOLDS) {
            return check.present() == Truth.UNKNOWN ? "its questions were not answered"
                    : "no answer shows it (" + check.activity().meaning() + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Question question : check.evidence()) {
            parts.add("\u201C" + question.text() + "\u201D " + answers.getOrDefault(question.id(), ""));
        }
        return String.join("; ", parts).strip();
    }
}
