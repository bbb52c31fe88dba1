package org.coprod.report;

import static org.coprod.report.Document.left;
import static org.coprod.report.Document.right;

import java.util.ArrayList;
import java.util.List;
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
import org.coprod.core.scoring.Score;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.SectionScore;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.scoring.Truth;
import org.coprod.core.scoring.Verdict;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;

/**
 * The report of one self-assessment, in the order a meeting needs it: the verdict and why, the three things to do
 * first, the principles, where power and work sit, how the verdict was reached, the weakest principle, notes and
 * reflections, and how every figure was computed.
 */
public final class AssessmentReport implements Report {
    /** How many of the weakest principles the action plan covers, and so how many first steps there are. */
    static final int PLANNED_PRINCIPLES = 3;

    private final Assessment assessment;
    private final Scorecard card;
    private final List<String> warnings;
    private final Firmness firmness;
    private final Words words;

    public AssessmentReport(Assessment assessment, Scorecard card, List<String> warnings) {
        this.assessment = assessment;
        this.card = card;
        this.words = Words.forTag(card.questionnaire().language());
        this.warnings = List.copyOf(warnings);
        this.firmness = Firmness.of(card.questionnaire(), assessment.responses());
    }

    @Override
    public Document document() {
        Questionnaire questionnaire = card.questionnaire();
        Document doc = new Document(words.get("report.assessment.title", assessment.service()), words)
                .bands(questionnaire.scoring().bands())
                .language(questionnaire.language());
        doc.paragraph(describeAssessment());
        warnings.forEach(w -> doc.paragraph(words.get("report.note"), w));
        verdict(doc);
        firstSteps(doc);
        principles(doc);
        dimensions(doc);
        VerdictDetail.placement(doc, card.placement(), card.activities(), answerLabels(), words);
        howVerdictWasReached(doc);
        weakest(doc);
        actionPlan(doc, ActionPlan.rank(card), false, words);
        notes(doc);
        reflections(doc);
        answerCounts(doc);
        method(doc, questionnaire, words);
        return doc;
    }

    /** What fits on one screen: the verdict and why, how firm it is, and the three things to do first. */
    public Document summary() {
        Document doc = new Document(words.get("report.assessment.summary-title"), words)
                .language(card.questionnaire().language());
        verdictAndFirmness(doc);
        firstSteps(doc);
        return doc;
    }

    /** Each answered question's answer, as "(answered Often)", for the evidence of the kinds of joint work. */
    private Map<String, String> answerLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        assessment
                .responses()
                .forEach((id, r) -> labels.put(id, words.get("report.assessment.answer-given", r.label())));
        return labels;
    }

    private String describeAssessment() {
        String text = words.get(
                "report.assessment.questionnaire", card.questionnaire().title(), assessment.questionnaireVersion());
        String who = assessment.respondent().role();
        String name = assessment.respondent().name();
        if (!name.isBlank()) {
            who = who.isBlank() ? name : words.get("report.assessment.role-and-name", who, name);
        }
        String date = assessment.date();
        if (who.isBlank()) {
            return date.isBlank() ? text : text + " " + words.get("report.assessment.answered-on", date);
        }
        return text + " "
                + (date.isBlank()
                        ? words.get("report.assessment.answered-by", who)
                        : words.get("report.assessment.answered-by-on", who, date));
    }

    private void verdict(Document doc) {
        Verdict verdict = card.verdict();
        verdictAndFirmness(doc);
        VerdictDetail.deciding(doc, verdict, words);
        if (!verdict.outcome().meaning().isBlank()) {
            doc.paragraph(words.get("report.verdict.meaning"), verdict.outcome().meaning());
        }
        if (!verdict.outcome().nextSteps().isEmpty()) {
            doc.subheading(words.get(
                    "report.verdict.moving-on", verdict.outcome().label().toLowerCase(words.locale())));
            doc.bullets(verdict.outcome().nextSteps());
        }
    }

    /** The verdict, why, and how firm it is. */
    private void verdictAndFirmness(Document doc) {
        Verdict verdict = card.verdict();
        doc.emphasisedHeading(
                words.get("report.verdict.heading", verdict.outcome().label()));
        doc.paragraph(verdict.explanation(words));
        String firm = VerdictDetail.firmness(firmness, words);
        if (!firm.isEmpty()) {
            doc.paragraph(words.get("report.firmness.lead"), firm);
        }
    }

    private void firstSteps(Document doc) {
        List<PlannedAction> steps = ActionPlan.firstSteps(card, PLANNED_PRINCIPLES);
        doc.heading(words.get("report.first-steps.heading"));
        if (steps.isEmpty()) {
            doc.paragraph(words.get(
                    card.principles().stream().anyMatch(s -> s.score().known())
                            ? "report.first-steps.all-top"
                            : "report.first-steps.too-few"));
            return;
        }
        doc.numbered(steps.stream()
                .map(s -> words.get(
                        "report.first-steps.item",
                        s.action().text(),
                        s.section().name(),
                        Figures.format(s.sectionScore())))
                .toList());
        equalScores(doc, ActionPlan.forWeakest(ActionPlan.rank(card), PLANNED_PRINCIPLES), words);
    }

    /** Says which principles in the plan score the same, since the plan cannot say which of them is weaker. */
    static void equalScores(Document doc, List<PlannedAction> planned, Words words) {
        List<String> ties = ActionPlan.ties(planned).stream()
                .map(group -> words.get(
                        "report.ties.item",
                        words.and(group.stream().map(a -> a.section().name()).toList()),
                        Figures.format(group.get(0).sectionScore())))
                .toList();
        if (!ties.isEmpty()) {
            doc.paragraph(words.get("report.ties.lead"), String.join(" ", ties));
        }
    }

    private void principles(Document doc) {
        doc.heading(words.get("report.principles.heading"));
        List<List<Cell>> rows = new ArrayList<>();
        for (SectionScore s : card.principles()) {
            rows.add(sectionRow(s.section().name(), s));
        }
        doc.chart(principlesChart(
                card.questionnaire(),
                List.of(new Series(
                        assessment.service(),
                        card.principles().stream().map(s -> s.score().value()).toList())),
                words));
        long scored = card.principles().stream().filter(s -> s.score().known()).count();
        String average = scored == card.principles().size() || scored == 0
                ? words.get("report.principles.average")
                : words.count(
                        "report.principles.average-of-scored",
                        scored,
                        card.principles().size());
        rows.add(List.of(
                Document.text(average),
                Document.text(Figures.format(card.overall(), words.get("report.no-score"))),
                Document.text(
                        card.overall().isPresent()
                                ? card.questionnaire()
                                        .scoring()
                                        .bandFor(card.overall().getAsDouble())
                                        .label()
                                : ""),
                new Bar(card.overall()),
                Document.text("")));
        doc.table(new Table(
                List.of(
                        left(words, "principle"),
                        right(words, "score"),
                        left(words, "band"),
                        left(words, "scale"),
                        right(words, "answered")),
                rows));
    }

    /** The radar of the principles, for one group or several. */
    static Chart principlesChart(Questionnaire questionnaire, List<Series> series, Words words) {
        return new Chart(
                ChartKind.RADAR,
                words.get("report.principles.chart"),
                questionnaire.sections().stream()
                        .filter(s -> s.kind() == SectionKind.PRINCIPLE)
                        .map(Section::name)
                        .toList(),
                series);
    }

    private List<Cell> sectionRow(String name, SectionScore s) {
        return List.of(
                Document.text(name),
                Document.text(Figures.format(s.score().value(), words.get("report.no-score"))),
                Document.text(s.band().map(Band::label).orElse("")),
                new Bar(s.score().value()),
                Document.text(answered(s.score().counts())));
    }

    private String answered(Counts counts) {
        return words.get("report.answered-of", counts.answered(), counts.applicable());
    }

    private void dimensions(Document doc) {
        List<SectionScore> context = card.sections().stream()
                .filter(s -> s.section().kind() == SectionKind.CONTEXT
                        && Snapshot.reported(card.questionnaire(), s.section()))
                .toList();
        if (card.dimensions().isEmpty() && context.isEmpty()) {
            return;
        }
        doc.heading(words.get("report.dimensions.heading"));
        List<List<Cell>> rows = new ArrayList<>();
        context.forEach(s -> rows.add(measureRow(s.section().name(), s.score())));
        card.dimensions().forEach(d -> rows.add(measureRow(d.dimension().name(), d.score())));
        doc.table(new Table(
                List.of(left(words, "measure"), right(words, "score"), left(words, "scale"), right(words, "answered")),
                rows));
        doc.bullets(card.dimensions().stream()
                .filter(d -> !d.dimension().description().isBlank())
                .map(d -> words.get(
                        "report.dimensions.description",
                        d.dimension().name(),
                        d.dimension().description()))
                .toList());
    }

    private List<Cell> measureRow(String name, Score score) {
        return List.of(
                Document.text(name),
                Document.text(Figures.format(score.value(), words.get("report.no-score"))),
                new Bar(score.value()),
                Document.text(answered(score.counts())));
    }

    private void howVerdictWasReached(Document doc) {
        Verdict verdict = card.verdict();
        doc.heading(words.get("report.how-reached.heading"));
        doc.paragraph(words.get("report.how-reached.intro"));
        List<List<Cell>> rows = new ArrayList<>();
        for (RuleCheck check : verdict.checks()) {
            String why = check.conditions().stream()
                    .filter(c -> check.truth() == Truth.HOLDS || c.truth() != Truth.HOLDS)
                    .map(c -> c.describe(words))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(
                    Document.text(check.outcome().label()),
                    Document.text(VerdictDetail.status(check.truth(), words)),
                    Document.text(why)));
        }
        if (verdict.decided() && verdict.checks().stream().noneMatch(c -> c.truth() == Truth.HOLDS)) {
            rows.add(List.of(
                    Document.text(verdict.outcome().label()),
                    Document.text(words.get("report.truth.yes")),
                    Document.text(words.get("report.how-reached.fallback"))));
        }
        doc.table(new Table(List.of(left(words, "verdict"), left(words, "given"), left(words, "why")), rows));
    }

    /** The weakest principle, or every principle that shares its score, with what good looks like for each. */
    private void weakest(Document doc) {
        if (card.weakest().isEmpty()) {
            return;
        }
        SectionScore weakest = card.weakest().get();
        double lowest = Figures.shown(weakest.score().value().getAsDouble());
        List<SectionScore> equal = card.principles().stream()
                .filter(s ->
                        s.score().known() && Figures.shown(s.score().value().getAsDouble()) == lowest)
                .toList();
        String score = Figures.format(lowest);
        String band = weakest.band().map(Band::label).orElse("");
        if (equal.size() == 1) {
            doc.heading(words.get("report.weakest.heading", weakest.section().name(), score, band));
            whatGoodLooksLike(doc, weakest.section(), words);
            return;
        }
        doc.heading(words.get(
                "report.weakest.heading-equal",
                words.and(equal.stream().map(s -> s.section().name()).toList()),
                score,
                band));
        for (SectionScore s : equal) {
            doc.subheading(s.section().name());
            whatGoodLooksLike(doc, s.section(), words);
        }
    }

    /** What good looks like, and what its absence looks like, where the questionnaire says. */
    static void whatGoodLooksLike(Document doc, Section section, Words words) {
        if (!section.whatGoodLooksLike().isBlank()) {
            doc.paragraph(words.get("report.what-good-looks-like"), section.whatGoodLooksLike());
        }
        if (!section.whatItsAbsenceLooksLike().isBlank()) {
            doc.paragraph(words.get("report.what-absence-looks-like"), section.whatItsAbsenceLooksLike());
        }
    }

    /**
     * The questionnaire's suggested actions for the weakest principles below the top band, in the plan's order (see
     * {@link ActionPlan}), and which of those principles score the same.
     */
    static void actionPlan(Document doc, List<PlannedAction> ranked, boolean asSubheading, Words words) {
        if (asSubheading) {
            doc.subheading(words.get("report.action-plan.heading"));
        } else {
            doc.heading(words.get("report.action-plan.heading"));
        }
        List<PlannedAction> planned = ActionPlan.forWeakest(ranked, PLANNED_PRINCIPLES);
        if (planned.isEmpty()) {
            doc.paragraph(words.get("report.action-plan.none"));
            return;
        }
        doc.paragraph(words.count(
                "report.action-plan.intro",
                planned.stream().map(a -> a.section().id()).distinct().count()));
        List<List<Cell>> rows = new ArrayList<>();
        int step = 1;
        for (PlannedAction a : planned) {
            rows.add(List.of(
                    Document.text(String.valueOf(step++)),
                    Document.text(a.action().text()),
                    Document.text(
                            words.get("report.name-figure", a.section().name(), Figures.format(a.sectionScore()))),
                    Document.text(
                            a.addressed().isEmpty()
                                    ? words.get("report.action-plan.not-answered")
                                    : Figures.format(100 - a.need()))));
        }
        doc.table(new Table(
                List.of(
                        right(words, "step"),
                        left(words, "action"),
                        left(words, "principle-score"),
                        right(words, "its-questions")),
                rows));
        equalScores(doc, planned, words);
    }

    private void notes(Document doc) {
        List<String> notes = new ArrayList<>();
        for (Question question : card.questionnaire().questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer != null && answer.hasNote()) {
                String given = answer.response().map(r -> r.label()).orElse(words.get("report.notes.no-answer"));
                notes.add(words.get("report.notes.item", question.text(), given, answer.note()));
            }
        }
        if (!notes.isEmpty()) {
            doc.heading(words.get("report.notes.heading"));
            doc.bullets(notes);
        }
    }

    private void reflections(Document doc) {
        if (assessment.reflections().isEmpty()) {
            return;
        }
        doc.heading(words.get("report.reflections.heading"));
        for (ReflectionPrompt prompt : card.questionnaire().reflections()) {
            String text = assessment.reflections().get(prompt.id());
            if (text != null && !text.isBlank()) {
                doc.paragraph(prompt.prompt(), text);
            }
        }
    }

    private void answerCounts(Document doc) {
        long answered = card.items().stream().filter(i -> i.score().isPresent()).count();
        long notApplicable = countKind(card, ResponseKind.NOT_APPLICABLE);
        long dontKnow = countKind(card, ResponseKind.DONT_KNOW);
        long unanswered = card.items().size() - answered - notApplicable - dontKnow;
        doc.heading(words.get("report.answers.heading"));
        doc.paragraph(
                words.get("report.answers.counts", answered, card.items().size(), notApplicable, dontKnow, unanswered));
    }

    private static long countKind(Scorecard card, ResponseKind kind) {
        return card.items().stream()
                .filter(i -> i.response().map(r -> r.kind() == kind).orElse(false))
                .count();
    }

    private List<SectionScore> reportedSections() {
        return card.sections().stream()
                .filter(s -> Snapshot.reported(card.questionnaire(), s.section()))
                .toList();
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
        root.put(
                "respondent",
                Json.object(
                        "name",
                        assessment.respondent().name(),
                        "role",
                        assessment.respondent().role()));
        root.put("date", assessment.date());
        Map<String, Object> verdict = Json.verdict(card.verdict(), words);
        verdict.put("firmness", Json.firmness(firmness, VerdictDetail.firmness(firmness, words)));
        root.put("verdict", verdict);
        root.put("placement", Json.placement(card.placement(), words));
        root.put("activities", Json.activities(card.activities()));
        root.put("average", Json.number(card.overall()));
        List<Object> sections = new ArrayList<>();
        for (SectionScore s : reportedSections()) {
            Map<String, Object> entry = Json.object(
                    "id",
                    s.section().id(),
                    "name",
                    s.section().name(),
                    "kind",
                    s.section().kind() == SectionKind.PRINCIPLE ? "principle" : "context",
                    "score",
                    Json.number(s.score().value()));
            entry.put("band", band(s).map(Band::id).orElse(null));
            entry.put("answered", s.score().counts().answered());
            entry.put("applicable", s.score().counts().applicable());
            sections.add(entry);
        }
        root.put("sections", sections);
        root.put(
                "dimensions",
                card.dimensions().stream()
                        .map(d -> (Object) Json.object(
                                "id",
                                d.dimension().id(),
                                "name",
                                d.dimension().name(),
                                "score",
                                Json.number(d.score().value()),
                                "answered",
                                d.score().counts().answered(),
                                "applicable",
                                d.score().counts().applicable()))
                        .toList());
        root.put("actionPlan", Json.actions(ActionPlan.forWeakest(ActionPlan.rank(card), PLANNED_PRINCIPLES)));
        List<Object> notes = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer != null && answer.hasNote()) {
                notes.add(Json.object(
                        "question",
                        question.id(),
                        "answer",
                        answer.response().map(r -> r.label()).orElse(null),
                        "note",
                        answer.note()));
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
        root.put(
                "answers",
                Json.object(
                        "questions",
                        card.items().size(),
                        "answered",
                        card.items().stream().filter(i -> i.score().isPresent()).count(),
                        "notApplicable",
                        countKind(card, ResponseKind.NOT_APPLICABLE),
                        "dontKnow",
                        countKind(card, ResponseKind.DONT_KNOW)));
        return root;
    }

    /** One row: the service, who answered, the verdict, each section's score, band and answers, and the first steps. */
    @Override
    public String toCsv() {
        Questionnaire questionnaire = card.questionnaire();
        List<String> header = new ArrayList<>(
                List.of("service", "respondent", "role", "date", "verdict", "how_firm", "grid_cell", "average"));
        List<String> row = new ArrayList<>(List.of(
                assessment.service(),
                assessment.respondent().name(),
                assessment.respondent().role(),
                assessment.date(),
                card.verdict().outcome().label(),
                VerdictDetail.firmnessLevel(firmness),
                card.placement().map(p -> p.cell(words)).orElse(""),
                Csv.number(card.overall())));
        for (SectionScore s : reportedSections()) {
            String id = s.section().id();
            header.addAll(List.of(id + "_score", id + "_band", id + "_answered", id + "_questions"));
            row.addAll(List.of(
                    Csv.number(s.score().value()),
                    band(s).map(Band::label).orElse(""),
                    String.valueOf(s.score().counts().answered()),
                    String.valueOf(s.score().counts().applicable())));
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
    public static void method(Document doc, Questionnaire questionnaire, Words words) {
        doc.heading(words.get("report.method.heading"));
        List<String> rules = new ArrayList<>();
        rules.add(words.get("report.method.scale"));
        QuestionNames questions = new QuestionNames(questionnaire, words);
        List<String> reversed = questionnaire.questions().stream()
                .filter(Question::reverseKeyed)
                .map(Question::id)
                .toList();
        if (!reversed.isEmpty()) {
            rules.add(words.get("report.method.reversed", questions.names(reversed)));
        }
        boolean weighted = questionnaire.questions().stream().anyMatch(q -> q.weight() != 1.0);
        rules.add(words.get(weighted ? "report.method.principle-score-weighted" : "report.method.principle-score"));
        rules.add(words.get(
                "report.method.minimum",
                percent(questionnaire.scoring().minimumAnsweredFraction()),
                words.get("report.no-score")));
        rules.add(words.get("report.method.bands", bands(questionnaire, words)));
        rules.add(words.get("report.method.average"));
        questionnaire
                .dimensions()
                .forEach(d -> rules.add(words.get(
                        d.combine() == Dimension.Combine.HIGHEST
                                ? "report.method.dimension-highest"
                                : "report.method.dimension-average",
                        d.name(),
                        questions.names(questionnaire.questions().stream()
                                .filter(q -> q.dimensions().contains(d.id()))
                                .map(Question::id)
                                .toList()))));
        questionnaire
                .grid()
                .ifPresent(grid -> rules.add(words.get(
                        "report.method.grid",
                        describe(questionnaire, grid.planningShared(), words),
                        describe(questionnaire, grid.deliveryShared(), words),
                        describe(questionnaire, grid.professionalsAbsent(), words))));
        questionnaire
                .activities()
                .forEach(a -> rules.add(words.get(
                        "report.method.activity",
                        a.name(),
                        Figures.format(a.presentFrom()),
                        questions.names(a.questions()))));
        rules.add(words.get("report.method.firmness"));
        rules.add(words.get("report.method.action-plan", PLANNED_PRINCIPLES));
        doc.bullets(rules);
        doc.subheading(words.get("report.method.rules-heading"));
        List<String> verdicts = new ArrayList<>();
        for (VerdictRule rule : questionnaire.verdict().rules()) {
            verdicts.add(words.get(
                    "report.method.rule",
                    rule.outcome().label(),
                    rule.conditions().stream()
                            .map(c -> describe(questionnaire, c, words))
                            .collect(Collectors.joining(words.get("report.method.rule-tests-join")))));
        }
        verdicts.add(words.get(
                "report.method.fallback", questionnaire.verdict().fallback().label()));
        verdicts.add(words.get(
                "report.method.insufficient",
                questionnaire.verdict().insufficientData().label()));
        doc.numbered(verdicts);
    }

    static String describe(Questionnaire questionnaire, Condition condition, Words words) {
        String subject = switch (condition.score().kind()) {
            case SECTION ->
                questionnaire.section(condition.score().id()).orElseThrow().name();
            case DIMENSION ->
                questionnaire.dimension(condition.score().id()).orElseThrow().name();
            case EVERY_PRINCIPLE -> words.get("report.condition.every");
            case WEAKEST_PRINCIPLE -> words.get("report.condition.weakest");
            case AVERAGE_PRINCIPLE -> words.get("report.condition.average");
        };
        String comparison = condition.comparison() == Condition.Comparison.AT_LEAST
                ? "report.condition.at-least"
                : "report.condition.below";
        return words.get(comparison, subject, Figures.format(condition.threshold()));
    }

    private static String bands(Questionnaire questionnaire, Words words) {
        List<Band> bands = questionnaire.scoring().bands();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String label = bands.get(i).label();
            String from = Figures.format(bands.get(i).from());
            parts.add(
                    i + 1 < bands.size()
                            ? words.get(
                                    "report.method.band",
                                    label,
                                    from,
                                    Figures.format(bands.get(i + 1).from()))
                            : words.get("report.method.top-band", label, from));
        }
        return String.join("; ", parts);
    }

    private static String percent(double fraction) {
        return Figures.format(fraction * 100) + "%";
    }
}
