package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Band;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Dimension;
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
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.RuleCheck;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.scoring.Score;
import org.coprod.core.scoring.SectionScore;
import org.coprod.core.scoring.Truth;
import org.coprod.core.scoring.Verdict;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;

/**
 * The report of one self-assessment, in the order a meeting needs it: the verdict and why, the three things to do
 * first, the principles, where power and work sit, how the verdict was reached, the weakest principle, notes and
 * reflections, and how every figure was computed.
 */
public final class AssessmentReport implements Report {
    static final String NO_SCORE = "too few answers";
    /** How many of the weakest principles the action plan covers, and so how many first steps there are. */
    static final int PLANNED_PRINCIPLES = 3;

    private final Assessment assessment;
    private final Scorecard card;
    private final List<String> warnings;
    private final Firmness firmness;

    public AssessmentReport(Assessment assessment, Scorecard card, List<String> warnings) {
        this.assessment = assessment;
        this.card = card;
        this.warnings = List.copyOf(warnings);
        this.firmness = Firmness.of(card.questionnaire(), assessment.responses());
    }

    @Override
    public Document document() {
        Questionnaire questionnaire = card.questionnaire();
        Document doc = new Document("Co-production self-assessment: " + assessment.service()).bands(questionnaire.scoring().bands()).language(questionnaire.language());
        doc.paragraph(describeAssessment(assessment, questionnaire));
        warnings.forEach(w -> doc.paragraph("Note:", w));
        verdict(doc, card.verdict(), firmness);
        firstSteps(doc, card);
        principles(doc, card, assessment.service());
        dimensions(doc, card);
        VerdictDetail.placement(doc, card.placement(), card.activities(), answerLabels());
        howVerdictWasReached(doc, card);
        weakest(doc, card);
        actionPlan(doc, ActionPlan.rank(card), false);
        notes(doc, assessment, questionnaire);
        reflections(doc, assessment, questionnaire);
        answerCounts(doc, card);
        method(doc, questionnaire);
        return doc;
    }

    /** What fits on one screen: the verdict and why, how firm it is, and the three things to do first. */
    public Document summary() {
        Document doc = new Document("Your result");
        doc.emphasisedHeading("Verdict: " + card.verdict().outcome().label());
        doc.paragraph(card.verdict().explanation());
        String firm = VerdictDetail.firmness(firmness);
        if (!firm.isEmpty()) {
            doc.paragraph("How firm:", firm);
        }
        firstSteps(doc, card);
        return doc;
    }

    /** Each answered question's answer, as "(answered Often)", for the evidence of the kinds of joint work. */
    private Map<String, String> answerLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        assessment.responses().forEach((id, r) -> labels.put(id, "(answered " + r.label() + ")"));
        return labels;
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

    private static void verdict(Document doc, Verdict verdict, Firmness firmness) {
        doc.emphasisedHeading("Verdict: " + verdict.outcome().label());
        doc.paragraph(verdict.explanation());
        String firm = VerdictDetail.firmness(firmness);
        if (!firm.isEmpty()) {
            doc.paragraph("How firm:", firm);
        }
        VerdictDetail.deciding(doc, verdict);
        if (!verdict.outcome().meaning().isBlank()) {
            doc.paragraph("What this means:", verdict.outcome().meaning());
        }
        if (!verdict.outcome().nextSteps().isEmpty()) {
            doc.subheading("Moving on from " + verdict.outcome().label().toLowerCase(Locale.ROOT));
            doc.bullets(verdict.outcome().nextSteps());
        }
    }

    private static void firstSteps(Document doc, Scorecard card) {
        List<PlannedAction> steps = ActionPlan.firstSteps(card, PLANNED_PRINCIPLES);
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

    private static void principles(Document doc, Scorecard card, String service) {
        doc.heading("The principles");
        List<List<Cell>> rows = new ArrayList<>();
        for (SectionScore s : card.principles()) {
            rows.add(sectionRow(s.section().name(), s));
        }
        doc.chart(principlesChart(card.questionnaire(), List.of(new Series(service,
                card.principles().stream().map(s -> s.score().value()).toList()))));
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

    /** The radar of the principles, for one group or several. */
    static Chart principlesChart(Questionnaire questionnaire, List<Series> series) {
        return new Chart(ChartKind.RADAR, "The principles, scored from 0 at the centre to 100 at the rim",
                questionnaire.sections().stream().filter(s -> s.kind() == SectionKind.PRINCIPLE).map(Section::name).toList(), series);
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
                .filter(s -> s.section().kind() == SectionKind.CONTEXT && Snapshot.reported(card.questionnaire(), s.section())).toList();
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
    }

    /**
     * The questionnaire's suggested actions for the weakest principles below the top band, most needed first: the
     * lowest principle first, and within it the action whose questions scored lowest.
     */
    static void actionPlan(Document doc, List<PlannedAction> ranked, boolean asSubheading) {
        if (asSubheading) {
            doc.subheading("Action plan");
        } else {
            doc.heading("Action plan");
        }
        List<PlannedAction> planned = ActionPlan.forWeakest(ranked, PLANNED_PRINCIPLES);
        if (planned.isEmpty()) {
            doc.paragraph("No actions to suggest: every principle with a score is in the top band, or too few questions were answered.");
            return;
        }
        doc.paragraph("For the " + (planned.stream().map(a -> a.section().id()).distinct().count() == 1 ? "weakest principle"
                : "weakest principles") + " below the top band, most needed first: the lowest principle first, then the action"
                + " whose questions scored lowest. \"Its questions\" is the score of the questions the action is meant to"
                + " improve.");
        List<List<Cell>> rows = new ArrayList<>();
        int step = 1;
        for (PlannedAction a : planned) {
            rows.add(List.of(Document.text(String.valueOf(step++)), Document.text(a.action().text()),
                    Document.text(a.section().name() + " (" + Figures.format(a.sectionScore()) + ")"),
                    Document.text(a.addressed().isEmpty() ? "not answered" : Figures.format(100 - a.need()))));
        }
        doc.table(new Table(List.of(new Column("Step", Align.RIGHT), new Column("Action", Align.LEFT),
                new Column("Principle (score)", Align.LEFT), new Column("Its questions", Align.RIGHT)), rows));
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

    private List<SectionScore> reportedSections() {
        return card.sections().stream().filter(s -> Snapshot.reported(card.questionnaire(), s.section())).toList();
    }

    /** Bands describe principles; a context section's score has none. */
    private static java.util.Optional<Band> band(SectionScore s) {
        return s.section().kind() == SectionKind.PRINCIPLE ? s.band() : java.util.Optional.empty();
    }

    @Override
    public Map<String, Object> toJson() {
        Questionnaire questionnaire = card.questionnaire();
        Map<String, Object> root = Json.header("assessment", questionnaire, assessment.questionnaireVersion());
        root.put("service", assessment.service());
        root.put("respondent", Json.object("name", assessment.respondent().name(), "role", assessment.respondent().role()));
        root.put("date", assessment.date());
        Map<String, Object> verdict = Json.verdict(card.verdict());
        verdict.put("firmness", Json.firmness(firmness, VerdictDetail.firmness(firmness)));
        root.put("verdict", verdict);
        root.put("placement", Json.placement(card.placement()));
        root.put("activities", Json.activities(card.activities()));
        root.put("average", Json.number(card.overall()));
        List<Object> sections = new ArrayList<>();
        for (SectionScore s : reportedSections()) {
            Map<String, Object> entry = Json.object("id", s.section().id(), "name", s.section().name(),
                    "kind", s.section().kind() == SectionKind.PRINCIPLE ? "principle" : "context", "score", Json.number(s.score().value()));
            entry.put("band", band(s).map(Band::id).orElse(null));
            entry.put("answered", s.score().counts().answered());
            entry.put("applicable", s.score().counts().applicable());
            sections.add(entry);
        }
        root.put("sections", sections);
        root.put("dimensions", card.dimensions().stream().map(d -> (Object) Json.object("id", d.dimension().id(), "name", d.dimension().name(),
                "score", Json.number(d.score().value()), "answered", d.score().counts().answered(), "applicable", d.score().counts().applicable())).toList());
        root.put("actionPlan", Json.actions(ActionPlan.forWeakest(ActionPlan.rank(card), PLANNED_PRINCIPLES)));
        List<Object> notes = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer != null && answer.hasNote()) {
                notes.add(Json.object("question", question.id(), "answer", answer.response().map(r -> r.label()).orElse(null), "note", answer.note()));
            }
        }
        root.put("notes", notes);
        List<Object> reflections = new ArrayList<>();
        for (ReflectionPrompt prompt : questionnaire.reflections()) {
            String text = assessment.reflections().get(prompt.id());
            if (text != null && !text.isBlank()) {
                reflections.add(Json.object("id", prompt.id(), "prompt", prompt.prompt(), "text", text));
            }
        }
        root.put("reflections", reflections);
        root.put("answers", Json.object("questions", card.items().size(), "answered", card.items().stream().filter(i -> i.score().isPresent()).count(),
                "notApplicable", countKind(card, ResponseKind.NOT_APPLICABLE), "dontKnow", countKind(card, ResponseKind.DONT_KNOW)));
        return root;
    }

    /** One row: the service, who answered, the verdict, each section's score, band and answers, and the first steps. */
    @Override
    public String toCsv() {
        Questionnaire questionnaire = card.questionnaire();
        List<String> header = new ArrayList<>(List.of("service", "respondent", "role", "date", "verdict", "how_firm",
                "grid_cell", "average"));
        List<String> row = new ArrayList<>(List.of(assessment.service(), assessment.respondent().name(), assessment.respondent().role(),
                assessment.date(), card.verdict().outcome().label(), VerdictDetail.firmnessLevel(firmness),
                card.placement().map(p -> p.cell()).orElse(""), Csv.number(card.overall())));
        for (SectionScore s : reportedSections()) {
            String id = s.section().id();
            header.addAll(List.of(id + "_score", id + "_band", id + "_answered", id + "_questions"));
            row.addAll(List.of(Csv.number(s.score().value()), band(s).map(Band::label).orElse(""),
                    String.valueOf(s.score().counts().answered()), String.valueOf(s.score().counts().applicable())));
        }
        card.dimensions().forEach(d -> {
            header.add(d.dimension().id() + "_score");
            row.add(Csv.number(d.score().value()));
        });
        header.addAll(Csv.firstStepColumns(PLANNED_PRINCIPLES));
        row.addAll(Csv.firstSteps(ActionPlan.firstSteps(card, PLANNED_PRINCIPLES), PLANNED_PRINCIPLES));
        StringBuilder out = new StringBuilder();
        Csv.row(out, header);
        Csv.row(out, row);
        return out.toString();
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
        questionnaire.dimensions().forEach(d -> rules.add(d.name() + " is the "
                + (d.combine() == Dimension.Combine.HIGHEST ? "highest score among" : "average of")
                + " the questions tagged with it: " + String.join(", ", questionnaire.questions().stream()
                        .filter(q -> q.dimensions().contains(d.id())).map(Question::id).toList()) + "."));
        questionnaire.grid().ifPresent(grid -> rules.add("The planning and delivery grid (after Bovaird, 2007): planning is"
                + " shared when " + describe(questionnaire, grid.planningShared()) + ", delivery is shared when "
                + describe(questionnaire, grid.deliveryShared()) + ", and what is shared is done by people alone when "
                + describe(questionnaire, grid.professionalsAbsent()) + "."));
        questionnaire.activities().forEach(a -> rules.add(a.name() + " is found when any of these questions scores at"
                + " least " + Figures.format(a.presentFrom()) + ": " + String.join(", ", a.questions()) + "."));
        rules.add("How firm the verdict is: every answer on a scale is moved one step up and one step down in turn, and"
                + " the verdict worked out again; if none of these changes it, every pair of such moves is tried. \"Only"
                + " just\" means one move changes it, \"fairly firm\" that only two together do, and \"firm\" that"
                + " neither does. Answers of \"not applicable\" or \"don't know\", and blanks, are not moved.");
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
