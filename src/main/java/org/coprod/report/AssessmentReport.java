package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Band;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ReflectionPrompt;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.VerdictRule;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.Counts;
import org.coprod.core.scoring.Figures;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.RuleCheck;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Score;
import org.coprod.core.scoring.SectionScore;
import org.coprod.core.scoring.Truth;
import org.coprod.core.scoring.Verdict;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;

/**
 * The report of one self-assessment, in the order a meeting needs it: the verdict and why, the three things to do
 * first, the principles, where power and work sit, how the verdict was reached, the weakest principle, notes and
 * reflections, and how every figure was computed.
 */
public final class AssessmentReport {
    static final String NO_SCORE = "too few answers";

    private AssessmentReport() {}

    public static Document build(Assessment assessment, Scorecard card, List<String> warnings) {
        Questionnaire questionnaire = card.questionnaire();
        Document doc = new Document("Co-production self-assessment: " + assessment.service());
        doc.paragraph(describeAssessment(assessment, questionnaire));
        warnings.forEach(w -> doc.paragraph("Note:", w));
        verdict(doc, card.verdict());
        firstSteps(doc, card);
        principles(doc, card);
        dimensions(doc, card);
        howVerdictWasReached(doc, card);
        weakest(doc, card);
        notes(doc, assessment, questionnaire);
        reflections(doc, assessment, questionnaire);
        answerCounts(doc, card);
        method(doc, questionnaire);
        return doc;
    }

    /** What fits on one screen: the verdict and why, and the three things to do first. */
    public static Document summary(Scorecard card) {
        Document doc = new Document("Your result");
        doc.heading("Verdict: " + card.verdict().outcome().label());
        doc.paragraph(card.verdict().explanation());
        firstSteps(doc, card);
        return doc;
    }

    private static String describeAssessment(Assessment assessment, Questionnaire questionnaire) {
        StringBuilder text = new StringBuilder("Questionnaire: ").append(questionnaire.title())
                .append(" (version ").append(assessment.questionnaireVersion()).append(").");
        String who = assessment.respondent().role();
        if (!assessment.respondent().name().isBlank()) {
            who = who.isBlank() ? assessment.respondent().name() : who + " (" + assessment.respondent().name() + ")";
        }
        if (!who.isBlank()) {
            text.append(" Answered by ").append(who);
        }
        if (!assessment.date().isBlank()) {
            text.append(who.isBlank() ? " Answered on " : " on ").append(assessment.date());
        }
        if (!who.isBlank() || !assessment.date().isBlank()) {
            text.append('.');
        }
        return text.toString();
    }

    private static void verdict(Document doc, Verdict verdict) {
        doc.heading("Verdict: " + verdict.outcome().label());
        doc.paragraph(verdict.explanation());
        if (!verdict.outcome().meaning().isBlank()) {
            doc.paragraph("What this means:", verdict.outcome().meaning());
        }
    }

    private static void firstSteps(Document doc, Scorecard card) {
        List<PlannedAction> steps = ActionPlan.firstSteps(card, 3);
        doc.heading("What to do first");
        if (steps.isEmpty()) {
            doc.paragraph(card.principles().stream().anyMatch(s -> s.score().known())
                    ? "Every principle with a score is in the top band. Keep doing what works, and look again in six months."
                    : "There are too few answers to suggest actions. Answer more of the questions first.");
            return;
        }
        doc.numbered(steps.stream().map(s -> s.action().text() + " (" + s.section().name() + ", "
                + Figures.format(s.sectionScore()) + ")").toList());
    }

    private static void principles(Document doc, Scorecard card) {
        doc.heading("The principles");
        List<List<Cell>> rows = new ArrayList<>();
        for (SectionScore s : card.sections()) {
            if (s.section().kind() == SectionKind.PRINCIPLE) {
                rows.add(sectionRow(s.section().name(), s));
            }
        }
        long scored = card.principles().stream().filter(s -> s.score().known()).count();
        String average = scored == card.principles().size() || scored == 0 ? "Average of the principles"
                : "Average of the " + scored + (scored == 1 ? " principle" : " principles") + " with a score (of "
                        + card.principles().size() + ")";
        rows.add(List.of(Document.text(average), Document.text(Figures.format(card.overall(), NO_SCORE)),
                Document.text(card.overall().isPresent() ? card.questionnaire().scoring().bandFor(card.overall().getAsDouble()).label() : ""),
                new Bar(card.overall()), Document.text("")));
        doc.table(new Table(List.of(new Column("Principle", Align.LEFT), new Column("Score", Align.RIGHT),
                new Column("Band", Align.LEFT), new Column("0 to 100", Align.LEFT), new Column("Answered", Align.RIGHT)), rows));
    }

    private static List<Cell> sectionRow(String name, SectionScore s) {
        return List.of(Document.text(name), Document.text(Figures.format(s.score().value(), NO_SCORE)),
                Document.text(s.band().map(Band::label).orElse("")), new Bar(s.score().value()),
                Document.text(answered(s.score().counts())));
    }

    static String answered(Counts counts) {
        return counts.answered() + " of " + counts.applicable();
    }

    private static void dimensions(Document doc, Scorecard card) {
        List<SectionScore> context = card.sections().stream()
                .filter(s -> s.section().kind() == SectionKind.CONTEXT && reported(card.questionnaire(), s.section())).toList();
        if (card.dimensions().isEmpty() && context.isEmpty()) {
            return;
        }
        doc.heading("Who plans, who delivers");
        List<List<Cell>> rows = new ArrayList<>();
        context.forEach(s -> rows.add(measureRow(s.section().name(), s.score())));
        card.dimensions().forEach(d -> rows.add(measureRow(d.dimension().name(), d.score())));
        doc.table(new Table(List.of(new Column("Measure", Align.LEFT), new Column("Score", Align.RIGHT),
                new Column("0 to 100", Align.LEFT), new Column("Answered", Align.RIGHT)), rows));
        doc.bullets(card.dimensions().stream().filter(d -> !d.dimension().description().isBlank())
                .map(d -> d.dimension().name() + ": " + d.dimension().description()).toList());
    }

    /**
     * Whether a section's own score is reported: always for a principle; for a context section only when the
     * questionnaire has no dimensions, since its average adds nothing once its questions are broken down into them.
     */
    static boolean reported(Questionnaire questionnaire, Section section) {
        return section.kind() == SectionKind.PRINCIPLE || questionnaire.dimensions().isEmpty();
    }

    private static List<Cell> measureRow(String name, Score score) {
        return List.of(Document.text(name), Document.text(Figures.format(score.value(), NO_SCORE)), new Bar(score.value()),
                Document.text(answered(score.counts())));
    }

    private static void howVerdictWasReached(Document doc, Scorecard card) {
        Verdict verdict = card.verdict();
        doc.heading("How the verdict was reached");
        doc.paragraph("The verdicts are tried from the top; the first whose tests all pass is given.");
        List<List<Cell>> rows = new ArrayList<>();
        for (RuleCheck check : verdict.checks()) {
            String result = switch (check.truth()) {
                case HOLDS -> "yes";
                case FAILS -> "no";
                case UNKNOWN -> "cannot tell";
            };
            String why = check.conditions().stream()
                    .filter(c -> check.truth() == Truth.HOLDS || c.truth() != Truth.HOLDS)
                    .map(c -> c.describe()).collect(Collectors.joining("; "));
            rows.add(List.of(Document.text(check.outcome().label()), Document.text(result), Document.text(why)));
        }
        if (verdict.decided() && verdict.checks().stream().noneMatch(c -> c.truth() == Truth.HOLDS)) {
            rows.add(List.of(Document.text(verdict.outcome().label()), Document.text("yes"),
                    Document.text("given when none of the verdicts above applies")));
        }
        doc.table(new Table(List.of(new Column("Verdict", Align.LEFT), new Column("Given?", Align.LEFT),
                new Column("Why", Align.LEFT)), rows));
        if (!verdict.outcome().nextSteps().isEmpty()) {
            doc.subheading("Moving on from " + verdict.outcome().label().toLowerCase(Locale.ROOT));
            doc.bullets(verdict.outcome().nextSteps());
        }
    }

    private static void weakest(Document doc, Scorecard card) {
        if (card.weakest().isEmpty()) {
            return;
        }
        SectionScore weakest = card.weakest().get();
        doc.heading("Weakest principle: " + weakest.section().name() + " ("
                + Figures.format(weakest.score().value().getAsDouble()) + ", " + weakest.band().map(Band::label).orElse("") + ")");
        if (!weakest.section().whatGoodLooksLike().isBlank()) {
            doc.paragraph("What good looks like:", weakest.section().whatGoodLooksLike());
        }
        if (!weakest.section().whatItsAbsenceLooksLike().isBlank()) {
            doc.paragraph("What its absence looks like:", weakest.section().whatItsAbsenceLooksLike());
        }
        List<PlannedAction> actions = ActionPlan.rank(card).stream()
                .filter(a -> a.section().id().equals(weakest.section().id())).toList();
        if (!actions.isEmpty()) {
            doc.subheading("Suggested actions, most needed first");
            doc.numbered(actions.stream().map(a -> a.action().text()).toList());
        }
    }

    private static void notes(Document doc, Assessment assessment, Questionnaire questionnaire) {
        List<String> notes = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer != null && answer.hasNote()) {
                String given = answer.response().map(r -> r.label()).orElse("no answer");
                notes.add(question.text() + " [" + given + "] " + answer.note());
            }
        }
        if (!notes.isEmpty()) {
            doc.heading("Notes and evidence");
            doc.bullets(notes);
        }
    }

    private static void reflections(Document doc, Assessment assessment, Questionnaire questionnaire) {
        if (assessment.reflections().isEmpty()) {
            return;
        }
        doc.heading("Reflections");
        for (ReflectionPrompt prompt : questionnaire.reflections()) {
            String text = assessment.reflections().get(prompt.id());
            if (text != null && !text.isBlank()) {
                doc.paragraph(prompt.prompt(), text);
            }
        }
    }

    private static void answerCounts(Document doc, Scorecard card) {
        long answered = card.items().stream().filter(i -> i.score().isPresent()).count();
        long notApplicable = countKind(card, ResponseKind.NOT_APPLICABLE);
        long dontKnow = countKind(card, ResponseKind.DONT_KNOW);
        long unanswered = card.items().size() - answered - notApplicable - dontKnow;
        doc.heading("Answers");
        doc.paragraph(answered + " of " + card.items().size() + " questions answered; " + notApplicable + " not applicable; "
                + dontKnow + " don't know; " + unanswered + " not answered.");
    }

    private static long countKind(Scorecard card, ResponseKind kind) {
        return card.items().stream().filter(i -> i.response().map(r -> r.kind() == kind).orElse(false)).count();
    }

    /** The scoring rules in plain words, taken from the questionnaire itself, so every figure can be checked by hand. */
    public static void method(Document doc, Questionnaire questionnaire) {
        doc.heading("How the scores were computed");
        List<String> rules = new ArrayList<>();
        rules.add("Each answer is turned into a score from 0 to 100 along its scale: the lowest option scores 0, the highest"
                + " 100, and the others in between in proportion to their values (on a five-point scale: 0, 25, 50, 75, 100).");
        List<String> reversed = questionnaire.questions().stream().filter(Question::reverseKeyed).map(Question::id).toList();
        if (!reversed.isEmpty()) {
            rules.add("Some questions describe something bad, so their scale is turned round: the highest option scores 0."
                    + " These are: " + String.join(", ", reversed) + ".");
        }
        boolean weighted = questionnaire.questions().stream().anyMatch(q -> q.weight() != 1.0);
        rules.add("A principle's score is the " + (weighted ? "weighted " : "") + "average of its answered questions. \"Not"
                + " applicable\" answers are left out altogether; \"don't know\" and skipped questions count as not answered.");
        rules.add("A score is only given when at least " + percent(questionnaire.scoring().minimumAnsweredFraction())
                + " of the questions that apply were answered; otherwise it shows \"" + NO_SCORE + "\", never 0.");
        rules.add("Bands: " + bands(questionnaire) + ".");
        rules.add("The average of the principles is the plain average of the principle scores that could be given.");
        questionnaire.dimensions().forEach(d -> rules.add(d.name() + " is the average of the questions tagged with it: "
                + String.join(", ", questionnaire.questions().stream().filter(q -> q.dimensions().contains(d.id()))
                        .map(Question::id).toList()) + "."));
        doc.bullets(rules);
        doc.subheading("The verdict rules, tried in this order");
        List<String> verdicts = new ArrayList<>();
        for (VerdictRule rule : questionnaire.verdict().rules()) {
            verdicts.add(rule.outcome().label() + ": when " + rule.conditions().stream()
                    .map(c -> describe(questionnaire, c)).collect(Collectors.joining(", and ")) + ".");
        }
        verdicts.add(questionnaire.verdict().fallback().label() + ": when none of the above applies.");
        verdicts.add(questionnaire.verdict().insufficientData().label() + ": when a test above cannot be worked out because"
                + " too few questions were answered.");
        doc.numbered(verdicts);
    }

    static String describe(Questionnaire questionnaire, Condition condition) {
        String subject = switch (condition.score().kind()) {
            case SECTION -> questionnaire.section(condition.score().id()).orElseThrow().name();
            case DIMENSION -> questionnaire.dimension(condition.score().id()).orElseThrow().name();
            case EVERY_PRINCIPLE -> "every principle";
            case WEAKEST_PRINCIPLE -> "the weakest principle";
            case AVERAGE_PRINCIPLE -> "the average of the principles";
        };
        String comparison = condition.comparison() == Condition.Comparison.AT_LEAST ? " is at least " : " is below ";
        return subject + comparison + Figures.format(condition.threshold());
    }

    private static String bands(Questionnaire questionnaire) {
        List<Band> bands = questionnaire.scoring().bands();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String to = i + 1 < bands.size() ? "up to " + Figures.format(bands.get(i + 1).from()) + " (not included)" : "to 100";
            parts.add(bands.get(i).label() + " from " + Figures.format(bands.get(i).from()) + " " + to);
        }
        return String.join("; ", parts);
    }

    private static String percent(double fraction) {
        return Figures.format(fraction * 100) + "%";
    }
}
