package org.coprod.report;

import static org.coprod.report.Document.left;
import static org.coprod.report.Document.right;

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
import org.coprod.core.words.Words;
import org.coprod.report.Document.Cell;
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
    static String firmness(Firmness firmness, Words words) {
        return switch (firmness.level()) {
            case FIRM -> words.get("report.firmness.firm");
            case FAIRLY_FIRM ->
                words.count(
                        "report.firmness.fairly-firm",
                        firmness.count(),
                        describe(firmness.shifts().get(0), words));
            case ONLY_JUST -> words.count("report.firmness.only-just", firmness.count(), namedShifts(firmness, words));
            case UNDECIDED -> "";
        };
    }

    /** The first few changes that would move the verdict, and how many more there are. */
    private static String namedShifts(Firmness firmness, Words words) {
        String named = firmness.shifts().stream()
                .limit(NAMED_SHIFTS)
                .map(s -> describe(s, words))
                .collect(Collectors.joining("; "));
        int more = firmness.count() - NAMED_SHIFTS;
        return more > 0 ? words.get("report.firmness.and-more", named, more) : named;
    }

    /** The level alone, for a spreadsheet cell: "only just", "fairly firm", "firm", or nothing when undecided. */
    static String firmnessLevel(Firmness firmness) {
        return firmness.level() == Firmness.Level.UNDECIDED
                ? ""
                : firmness.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String describe(Firmness.Shift shift, Words words) {
        String moves = shift.moves().stream()
                .map(m -> words.get(
                        "report.firmness.move",
                        m.question().text(),
                        m.to().label(),
                        m.from().label()))
                .collect(Collectors.joining(words.get("report.firmness.moves-join")));
        return words.get("report.firmness.shift", moves, shift.becomes().label());
    }

    /** The figures that decided the verdict, each with its threshold and its distance from it. */
    static void deciding(Document doc, Verdict verdict, Words words) {
        List<ConditionCheck> deciding = verdict.deciding();
        if (deciding.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionCheck check : deciding) {
            rows.add(List.of(
                    Document.text(check.subject(words)),
                    Document.text(Figures.format(check.actual(), words.get("report.no-score"))),
                    Document.text(needed(check.condition(), words)),
                    Document.text(margin(check, words))));
        }
        doc.table(new Table(
                List.of(
                        left(words, "figure-that-decided"),
                        right(words, "score"),
                        left(words, "test"),
                        left(words, "how-far")),
                rows));
    }

    private static String needed(Condition condition, Words words) {
        String test =
                condition.comparison() == Condition.Comparison.AT_LEAST ? "report.test.at-least" : "report.test.below";
        return words.get(test, Figures.format(condition.threshold()));
    }

    private static String margin(ConditionCheck check, Words words) {
        if (check.margin().isEmpty()) {
            return words.get("report.truth.unknown");
        }
        double margin = check.margin().getAsDouble();
        String passes = check.truth() == Truth.HOLDS ? "report.margin.passes." : "report.margin.fails.";
        if (Math.abs(margin) < 1e-9) {
            return words.get(passes + "on-line");
        }
        return words.get(passes + (margin > 0 ? "above" : "below"), Figures.format(Math.abs(margin)));
    }

    /** Where the service sits on Bovaird's grid, and the evidence of each kind of joint work. */
    static void placement(
            Document doc,
            java.util.Optional<Placement> placement,
            List<ActivityCheck> activities,
            Map<String, String> answers,
            Words words) {
        if (placement.isEmpty() && activities.isEmpty()) {
            return;
        }
        doc.subheading(words.get("report.placement.heading"));
        placement.ifPresent(p -> doc.paragraph(
                words.get("report.placement.lead"),
                words.get(
                        "report.placement.text",
                        p.planning().phrase(words),
                        p.delivery().phrase(words),
                        p.cell(words))));
        if (activities.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ActivityCheck check : activities) {
            rows.add(List.of(
                    Document.text(check.activity().name()),
                    Document.text(status(check.present(), words)),
                    Document.text(evidence(check, answers, words))));
        }
        doc.table(new Table(
                List.of(left(words, "kind-of-joint-work"), left(words, "found"), left(words, "evidence")), rows));
    }

    /** "yes", "no" or "cannot tell". */
    static String status(Truth truth, Words words) {
        return switch (truth) {
            case HOLDS -> words.get("report.truth.yes");
            case FAILS -> words.get("report.truth.no");
            case UNKNOWN -> words.get("report.truth.unknown");
        };
    }

    private static String evidence(ActivityCheck check, Map<String, String> answers, Words words) {
        if (check.present() != Truth.HOLDS) {
            return check.present() == Truth.UNKNOWN
                    ? words.get("report.activity.not-answered")
                    : words.get("report.activity.not-shown", check.activity().meaning());
        }
        List<String> parts = new ArrayList<>();
        for (Question question : check.evidence()) {
            parts.add(words.get("report.activity.evidence", question.text(), answers.getOrDefault(question.id(), "")));
        }
        return String.join("; ", parts).strip();
    }
}
