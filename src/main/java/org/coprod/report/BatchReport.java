package org.coprod.report;

import static org.coprod.report.Document.left;
import static org.coprod.report.Document.right;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.batch.Borderline;
import org.coprod.core.batch.Disclosure;
import org.coprod.core.batch.Gaps;
import org.coprod.core.batch.GroupAccumulator;
import org.coprod.core.batch.RunningStats;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.Translation;
import org.coprod.core.model.VerdictOutcome;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.ActivityCheck;
import org.coprod.core.scoring.Figures;
import org.coprod.core.scoring.Placement;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.ScoreTable;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.scoring.Verdict;
import org.coprod.core.scoring.Verdicts;
import org.coprod.core.words.Words;
import org.coprod.io.Problem;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Measure;
import org.coprod.report.Document.Overview;
import org.coprod.report.Document.OverviewRow;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;
import org.coprod.results.FileSummary;
import org.coprod.results.SurveyResult;

/**
 * The report of a batch: a verdict per service, where staff and people who use the service see things differently,
 * each service's figures with their spread, how consistent the answers are, and what was read. Groups smaller than
 * the minimum size show their count only.
 */
public final class BatchReport implements Report {
    /** Settings that shape the report. */
    public record Settings(
            int minimumGroupSize, double gapThreshold, Optional<List<String>> gapRoles, int minimumForReliability) {}

    private final SurveyResult scorer;
    private final BatchScoring batch;
    private final Questionnaire questionnaire;
    private final Settings settings;
    private final Disclosure disclosure;
    /** Worked out once: for every service again, it made the report quadratic in services. */
    private final Optional<List<String>> gapRoles;

    private final List<String> notes;
    private final Words words;
    private final QuestionNames questionNames;
    /** Each group's verdict, decided once: the counts, the overview, the service pages and the JSON all name it. */
    private final Map<GroupAccumulator, Verdict> verdicts = new java.util.IdentityHashMap<>();
    /** The names the scoring gives groups itself, in the words of the questionnaire scored, to the report's words. */
    private final Map<String, String> namesGiven;

    /** The kinds of answer counted for each question, by their JSON names, in the order the report shows them. */
    private static final Map<String, Byte> ANSWER_KINDS = answerKinds();

    private static Map<String, Byte> answerKinds() {
        Map<String, Byte> kinds = new LinkedHashMap<>();
        kinds.put("answered", ScoringPlan.SCORED);
        kinds.put("notApplicable", ScoringPlan.NOT_APPLICABLE);
        kinds.put("dontKnow", ScoringPlan.DONT_KNOW);
        kinds.put("blank", ScoringPlan.MISSING);
        kinds.put("unreadable", ScoringPlan.UNREADABLE);
        return kinds;
    }

    public BatchReport(SurveyResult scorer, Settings settings) {
        this(scorer, settings, List.of());
    }

    /** @param notes what the reader should know about the whole batch, such as a newer questionnaire version */
    public BatchReport(SurveyResult scorer, Settings settings, List<String> notes) {
        this(scorer, settings, notes, scorer.batch().plan().questionnaire());
    }

    /**
     * The report in the words of {@code wording}: the questionnaire scored, or a translation of it (of the same shape,
     * as {@link Translation#sameShape} checks), so that the figures scored once are reported in another language.
     */
    public BatchReport(SurveyResult scorer, Settings settings, List<String> notes, Questionnaire wording) {
        if (!Translation.sameShape(scorer.batch().plan().questionnaire(), wording)) {
            throw new IllegalArgumentException("not a translation of the questionnaire scored: " + wording.id());
        }
        this.scorer = scorer;
        this.batch = scorer.batch();
        this.questionnaire = wording;
        this.settings = settings;
        this.notes = List.copyOf(notes);
        this.disclosure = new Disclosure(batch, settings.minimumGroupSize());
        this.gapRoles = Gaps.roles(batch, settings.gapRoles());
        this.words = Words.forTag(questionnaire.language());
        this.questionNames = new QuestionNames(questionnaire, words);
        this.namesGiven = namesGiven(Words.forTag(batch.plan().questionnaire().language()), words);
    }

    /** The report in another language: the same figures, in the words of a translation of its questionnaire. */
    public BatchReport inLanguage(Questionnaire translation, List<String> notes) {
        return new BatchReport(scorer, settings, notes, translation);
    }

    // A group's verdict, plan and place, decided from the batch's figures by the rules of the report's questionnaire:
    // the rules of the one scored, so the same in every language, but named in the report's words.

    private Verdict verdictOf(GroupAccumulator group) {
        return verdicts.computeIfAbsent(group, g -> Verdicts.decide(questionnaire, batch.meansOf(g)));
    }

    private List<Borderline> borderlineOf(GroupAccumulator group) {
        return batch.borderlineOf(group).stream()
                .map(b -> new Borderline(b.check(), nameOf(b.figure()), b.low(), b.high(), outcome(b.otherSide())))
                .toList();
    }

    private Optional<Placement> placementOf(GroupAccumulator group) {
        return Placement.of(questionnaire, batch.meansOf(group));
    }

    private List<ActivityCheck> activitiesOf(GroupAccumulator group) {
        return ActivityCheck.of(questionnaire, id -> itemMean(group, id));
    }

    private List<PlannedAction> actionsFor(GroupAccumulator group) {
        return ActionPlan.rank(
                questionnaire,
                batch.meansOf(group),
                id -> itemMean(group, id),
                verdictOf(group).outcome().id());
    }

    private OptionalDouble itemMean(GroupAccumulator group, String questionId) {
        int q = batch.plan().indexOf(questionId);
        return q < 0 ? OptionalDouble.empty() : group.itemMean(q);
    }

    /** A section's or dimension's name in the questionnaire scored, as it is named in the report's. */
    private String nameOf(String scoredName) {
        Questionnaire scored = batch.plan().questionnaire();
        for (int s = 0; s < scored.sections().size(); s++) {
            if (scored.sections().get(s).name().equals(scoredName)) {
                return questionnaire.sections().get(s).name();
            }
        }
        for (int d = 0; d < scored.dimensions().size(); d++) {
            if (scored.dimensions().get(d).name().equals(scoredName)) {
                return questionnaire.dimensions().get(d).name();
            }
        }
        return scoredName;
    }

    private VerdictOutcome outcome(VerdictOutcome scored) {
        return verdictOrder().stream()
                .filter(outcome -> outcome.id().equals(scored.id()))
                .findFirst()
                .orElse(scored);
    }

    private static Map<String, String> namesGiven(Words scored, Words reported) {
        Map<String, String> names = new java.util.HashMap<>();
        for (String key : List.of("survey.group.everyone", "survey.group.no-service")) {
            names.put(scored.get(key), reported.get(key));
        }
        return names;
    }

    /**
     * A service's name as the report shows it: as the file gives it, or, for a name the scoring gave (everyone, in a
     * file with no service column; a row with no service), in the report's language.
     */
    private String shownName(String service) {
        return namesGiven.getOrDefault(service, service);
    }

    public boolean shown(GroupAccumulator group) {
        return disclosure.shown(group);
    }

    @Override
    public Document document() {
        Document doc = new Document(words.get("report.batch.title"), words)
                .bands(questionnaire.scoring().bands())
                .language(questionnaire.language());
        doc.paragraph(words.get(
                "report.batch.intro",
                questionnaire.title(),
                questionnaire.version(),
                words.count("report.count.respondents", batch.everyone().respondents()),
                words.count("report.count.services", batch.services().size()),
                words.count("report.count.files", scorer.files().size()),
                rowsSentence()));
        notes.forEach(note -> doc.paragraph(words.get("report.note"), note));
        overview(doc);
        if (gapRoles.isEmpty()) {
            noGaps(doc);
        }
        // a hidden service has no page of its own: the overview already says it is not shown, and why
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            if (shown(service.getValue())) {
                doc.newPage();
                serviceSection(doc, service.getKey(), service.getValue());
            }
        }
        doc.newPage();
        if (batch.services().size() > 1) {
            doc.heading(words.get("report.batch.all-services"));
            if (shown(batch.everyone())) {
                figures(doc, batch.everyone());
            } else {
                doc.paragraph(words.get("report.batch.all-services-hidden", hiddenRange()));
            }
        }
        reliability(doc);
        questionRates(doc);
        filesRead(doc);
        problems(doc);
        method(doc);
        return doc;
    }

    private String rowsSentence() {
        long read = scorer.files().stream().mapToLong(FileSummary::rowsRead).sum();
        long used = scorer.files().stream().mapToLong(FileSummary::rowsUsed).sum();
        long bad =
                scorer.files().stream().mapToLong(FileSummary::rowsWithProblems).sum();
        if (scorer.problemCount() == 0) {
            return words.get("report.batch.rows.clean", read, used);
        }
        return words.get(
                "report.batch.rows.problems",
                read,
                used,
                bad,
                words.count("report.count.problems", scorer.problemCount()));
    }

    /**
     * Every service on one page: how many got each verdict, then a row per service against the principles and the
     * measures of planning and delivery, best verdict first (in the order the questionnaire's rules are tried), hidden
     * services last.
     */
    private void overview(Document doc) {
        doc.heading(words.get("report.overview.heading"));
        doc.paragraph(words.get("report.overview.intro"));
        List<OverviewRow> rows = overviewRows();
        Map<String, Long> counts = new LinkedHashMap<>();
        verdictOrder().forEach(outcome -> counts.put(outcome.label(), 0L));
        batch.services().values().forEach(group -> counts.merge(verdictCounted(group), 1L, Long::sum));
        doc.paragraph(words.get("report.overview.counts-intro"));
        doc.table(new Table(
                List.of(left(words, "verdict"), right(words, "services")),
                counts.entrySet().stream()
                        .map(e -> List.<Cell>of(Document.text(e.getKey()), Document.text(String.valueOf(e.getValue()))))
                        .toList()));
        doc.overview(new Overview(overviewMeasures(), rows));
    }

    /** The verdict a service is counted under (a borderline verdict counts as that verdict), or "not shown". */
    private String verdictCounted(GroupAccumulator service) {
        return shown(service) ? verdictOf(service).outcome().label() : tooFew();
    }

    /** The verdicts a questionnaire can give, in the order its rules are tried, then its fallbacks. */
    private List<VerdictOutcome> verdictOrder() {
        return questionnaire.verdict().outcomes().stream().distinct().toList();
    }

    private List<Measure> overviewMeasures() {
        List<Measure> measures = new ArrayList<>();
        List<Section> principles = questionnaire.principles();
        for (int p = 0; p < principles.size(); p++) {
            measures.add(new Measure(principles.get(p).name(), words.get("report.overview.principle-code", p + 1)));
        }
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            measures.add(new Measure(
                    questionnaire.dimensions().get(d).name(), words.get("report.overview.measure-code", d + 1)));
        }
        return measures;
    }

    /**
     * The services in verdict order (by the rules' order, a verdict's borderline services after its clear ones,
     * hidden services last), each keeping the batch's order within.
     */
    private List<OverviewRow> overviewRows() {
        List<VerdictOutcome> order = verdictOrder();
        List<Map.Entry<String, GroupAccumulator>> services =
                new ArrayList<>(batch.services().entrySet());
        Map<String, Integer> ranks = new java.util.HashMap<>();
        batch.services().forEach((name, group) -> ranks.put(name, overviewRank(order, group)));
        services.sort(java.util.Comparator.comparingInt(service -> ranks.get(service.getKey())));
        return services.stream()
                .map(service -> overviewRow(shownName(service.getKey()), service.getValue()))
                .toList();
    }

    private int overviewRank(List<VerdictOutcome> order, GroupAccumulator service) {
        if (!shown(service)) {
            return 2 * order.size();
        }
        int borderline = borderlineOf(service).isEmpty() ? 0 : 1;
        return 2 * order.indexOf(verdictOf(service).outcome()) + borderline;
    }

    private OverviewRow overviewRow(String name, GroupAccumulator group) {
        if (!shown(group)) {
            return new OverviewRow(
                    name,
                    group.respondents(),
                    tooFew(),
                    overviewMeasures().stream().map(m -> OptionalDouble.empty()).toList());
        }
        List<OptionalDouble> figures = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            if (ScoreTable.isPrinciple(questionnaire.sections().get(s))) {
                figures.add(meanOf(group.section(s)));
            }
        }
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            figures.add(meanOf(group.dimension(d)));
        }
        String verdict = verdictOf(group).outcome().label();
        return new OverviewRow(
                name,
                group.respondents(),
                borderlineOf(group).isEmpty() ? verdict : words.get("report.batch.borderline-verdict", verdict),
                figures);
    }

    private static OptionalDouble meanOf(RunningStats stats) {
        return stats.count() > 0 ? OptionalDouble.of(stats.mean()) : OptionalDouble.empty();
    }

    private String tooFew() {
        return words.get("report.overview.not-shown", settings.minimumGroupSize());
    }

    /** "Mutuality and reciprocity (51.7)": the lowest-scoring principle, or nothing when no principle has a score. */
    private String weakest(GroupAccumulator group) {
        return weakestPrinciple(group)
                .map(w -> words.get("report.name-figure", w.section().name(), Figures.format(w.mean())))
                .orElse("");
    }

    /** A group's lowest-scoring principle and its mean. */
    private record Weakest(Section section, double mean) {}

    /** The lowest-scoring principle, the first of equals; empty when no principle has a score. */
    private Optional<Weakest> weakestPrinciple(GroupAccumulator group) {
        int weakest = -1;
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            RunningStats stats = group.section(s);
            if (ScoreTable.isPrinciple(questionnaire.sections().get(s))
                    && stats.count() > 0
                    && (weakest < 0 || stats.mean() < group.section(weakest).mean())) {
                weakest = s;
            }
        }
        if (weakest < 0) {
            return Optional.empty();
        }
        return Optional.of(new Weakest(
                questionnaire.sections().get(weakest), group.section(weakest).mean()));
    }

    /** Why no service compares two roles: once, before the services, rather than on every service's page. */
    private void noGaps(Document doc) {
        doc.heading(words.get("report.gaps.heading-no-roles"));
        boolean anyRoles = batch.services().keySet().stream()
                .anyMatch(service -> !batch.rolesIn(service).isEmpty());
        doc.paragraph(words.get(anyRoles ? "report.gaps.one-role" : "report.gaps.no-role-column"));
    }

    /** Where the two compared roles of a service see it differently, or why that is not shown. */
    private void gaps(Document doc, String service) {
        String a = gapRoles.orElseThrow().get(0);
        String b = gapRoles.orElseThrow().get(1);
        GroupAccumulator first = batch.rolesIn(service).get(a);
        GroupAccumulator second = batch.rolesIn(service).get(b);
        doc.subheading(words.get("report.gaps.heading", words.and(List.of(a, b))));
        switch (gapState(first, second)) {
            case NO_ONE -> doc.paragraph(words.get("report.gaps.no-one", count(first) == 0 ? a : b));
            case TOO_SMALL ->
                doc.paragraph(words.get(
                        "report.gaps.too-small",
                        words.count("report.count.respondents", settings.minimumGroupSize()),
                        words.and(List.of(roleCount(a, first), roleCount(b, second)))));
            case OTHERS_HIDDEN ->
                doc.paragraph(words.get(
                        "report.gaps.others-hidden",
                        words.count(
                                "report.count.other-respondents",
                                batch.services().get(service).respondents()
                                        - first.respondents()
                                        - second.respondents()),
                        settings.minimumGroupSize()));
            case SHOWN -> {
                doc.paragraph(words.get("report.gaps.intro", a, b, Figures.format(settings.gapThreshold())));
                gapTable(doc, service, a, first, b, second);
            }
        }
    }

    /** Whether two roles of a service can be compared, and if not, why (the JSON's gaps.reason). */
    private enum GapState {
        NO_ONE("no-one"),
        TOO_SMALL("too-small"),
        OTHERS_HIDDEN("others-hidden"),
        SHOWN("shown");

        final String id;

        GapState(String id) {
            this.id = id;
        }
    }

    private GapState gapState(GroupAccumulator first, GroupAccumulator second) {
        if (count(first) == 0 || count(second) == 0) {
            return GapState.NO_ONE;
        } else if (!disclosure.largeEnough(first) || !disclosure.largeEnough(second)) {
            return GapState.TOO_SMALL;
        } else if (!shown(first) || !shown(second)) {
            return GapState.OTHERS_HIDDEN;
        }
        return GapState.SHOWN;
    }

    private void gapTable(
            Document doc, String service, String a, GroupAccumulator first, String b, GroupAccumulator second) {
        List<Gaps.Gap> gaps = Gaps.between(questionnaire, first, second, settings.gapThreshold());
        List<List<Cell>> rows = gaps.stream()
                .map(g -> List.<Cell>of(
                        Document.text(g.name()),
                        Document.text(format(g.first())),
                        Document.text(format(g.second())),
                        Document.text(Double.isNaN(g.gap()) ? "" : signed(g.gap())),
                        Document.text(g.large() ? words.get("report.gaps.large-mark") : "")))
                .toList();
        doc.table(new Table(
                List.of(
                        left(words, "measure"),
                        new Column(words.get("report.gaps.role-column", a, first.respondents()), Align.RIGHT),
                        new Column(words.get("report.gaps.role-column", b, second.respondents()), Align.RIGHT),
                        right(words, "gap"),
                        new Column("", Align.LEFT)),
                rows));
        doc.chart(new Chart(
                ChartKind.BARS,
                words.get("report.gaps.chart", shownName(service), words.and(List.of(a, b))),
                gaps.stream().map(Gaps.Gap::name).toList(),
                List.of(
                        new Series(
                                a, gaps.stream().map(g -> optional(g.first())).toList()),
                        new Series(
                                b, gaps.stream().map(g -> optional(g.second())).toList()))));
        List<String> large = gaps.stream()
                .filter(Gaps.Gap::large)
                .map(g -> words.get("report.name-figure", g.name(), signed(g.gap())))
                .toList();
        doc.paragraph(
                large.isEmpty()
                        ? words.get("report.gaps.none-large")
                        : words.get("report.gaps.large", String.join(", ", large)));
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static long count(GroupAccumulator group) {
        return group == null ? 0 : group.respondents();
    }

    /** "+4.2", "-3.1" or "0": the sign of the figure as shown, so that a gap of 0.03 is "0", never "+0". */
    static String signed(double value) {
        double shown = Figures.shown(value);
        return (shown > 0 ? "+" : "") + Figures.format(shown);
    }

    private String format(double value) {
        return Double.isNaN(value) ? words.get("report.no-score") : Figures.format(value);
    }

    private void serviceSection(Document doc, String service, GroupAccumulator group) {
        String name = shownName(service);
        doc.heading(words.get("report.batch.service-heading", name));
        Verdict verdict = verdictOf(group);
        doc.paragraph(
                words.get("report.verdict.lead"), verdict.explanation(words) + borderlineSentence(borderlineOf(group)));
        VerdictDetail.deciding(doc, verdict, words);
        String weakest = weakest(group);
        if (!weakest.isEmpty()) {
            doc.paragraph(words.get(
                    "report.batch.average-and-weakest",
                    Figures.format(batch.meansOf(group).overall(), words.get("report.no-score")),
                    weakest));
        }
        figures(doc, group);
        VerdictDetail.placement(doc, placementOf(group), activitiesOf(group), itemMeans(group), words);
        Map<String, GroupAccumulator> roles = batch.rolesIn(service);
        if (!roles.isEmpty()) {
            List<String> parts = new ArrayList<>();
            roles.forEach((role, g) -> parts.add(roleCount(role, g)));
            doc.paragraph(
                    words.get("report.batch.roles", String.join(words.get("report.batch.role-separator"), parts)));
        }
        List<Section> principles = questionnaire.sections().stream()
                .filter(ScoreTable::isPrinciple)
                .toList();
        doc.chart(new Chart(
                ChartKind.BARS,
                words.get("report.batch.principles-chart", name),
                principles.stream().map(Section::name).toList(),
                List.of(new Series(
                        name,
                        principles.stream()
                                .map(p -> batch.meansOf(group).section(p.id()))
                                .toList()))));
        if (gapRoles.isPresent()) {
            gaps(doc, service);
        }
        AssessmentReport.actionPlan(doc, actionsFor(group), true, words);
    }

    /**
     * "Staff member: 5 respondents": a role is named as the export writes it, a label coprod cannot put in the plural,
     * so its count is said with a counted word instead ("5 Staff member" would read wrongly).
     */
    private String roleCount(String role, GroupAccumulator group) {
        return words.get("report.batch.role-count", role, words.count("report.count.respondents", count(group)));
    }

    /** The sizes of a hidden remainder that would give someone away: "1 respondent", "between 1 and 4 respondents". */
    private String hiddenRange() {
        return words.count("report.count.hidden-range", settings.minimumGroupSize() - 1);
    }

    /**
     * " Borderline: ..." naming each deciding figure whose 95% interval crosses its line and the verdict on the other
     * side, or nothing when the answers settle every line.
     */
    private String borderlineSentence(List<Borderline> borderline) {
        if (borderline.isEmpty()) {
            return "";
        }
        return words.get(
                "report.batch.borderline",
                borderline.stream()
                        .map(b -> words.get(
                                "report.batch.borderline-item",
                                b.figure(),
                                Figures.format(Math.max(0, b.low())),
                                Figures.format(Math.min(100, b.high())),
                                Figures.format(b.check().condition().threshold()),
                                b.otherSide().label()))
                        .collect(java.util.stream.Collectors.joining("; ")));
    }

    /** Each question's mean score in a group, as "(mean 62.5)", for the evidence of the kinds of joint work. */
    private Map<String, String> itemMeans(GroupAccumulator group) {
        Map<String, String> means = new LinkedHashMap<>();
        for (int q = 0; q < questionnaire.questions().size(); q++) {
            OptionalDouble mean = group.itemMean(q);
            if (mean.isPresent()) {
                means.put(
                        questionnaire.questions().get(q).id(),
                        words.get("report.batch.item-mean", Figures.format(mean.getAsDouble())));
            }
        }
        return means;
    }

    /** A group's principle and dimension figures: mean, 95% interval, spread, band and how many had a score. */
    private void figures(Document doc, GroupAccumulator group) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            if (Snapshot.reported(questionnaire, section)) {
                rows.add(statsRow(section.name(), group.section(s), true));
            }
        }
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            rows.add(statsRow(questionnaire.dimensions().get(d).name(), group.dimension(d), false));
        }
        doc.table(new Table(
                List.of(
                        left(words, "measure"),
                        right(words, "mean"),
                        left(words, "interval"),
                        right(words, "spread"),
                        left(words, "band"),
                        left(words, "scale"),
                        right(words, "scored")),
                rows));
    }

    private List<Cell> statsRow(String name, RunningStats stats, boolean banded) {
        if (stats.count() == 0) {
            return List.of(
                    Document.text(name),
                    Document.text(words.get("report.no-score")),
                    Document.text(""),
                    Document.text(""),
                    Document.text(""),
                    new Bar(OptionalDouble.empty()),
                    Document.text("0"));
        }
        double mean = stats.mean();
        double half = stats.halfWidth95();
        String interval = Double.isNaN(half)
                ? ""
                : words.get(
                        "report.batch.interval",
                        Figures.format(Math.max(0, mean - half)),
                        Figures.format(Math.min(100, mean + half)));
        return List.of(
                Document.text(name),
                Document.text(Figures.format(mean)),
                Document.text(interval),
                Document.text(Double.isNaN(stats.standardDeviation()) ? "" : Figures.format(stats.standardDeviation())),
                Document.text(banded ? questionnaire.scoring().bandFor(mean).label() : ""),
                new Bar(OptionalDouble.of(mean)),
                Document.text(String.valueOf(stats.count())));
    }

    private void reliability(Document doc) {
        doc.heading(words.get("report.reliability.heading"));
        doc.paragraph(words.get("report.reliability.intro", settings.minimumForReliability()));
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> items = new ArrayList<>();
        for (AnswerConsistency.Principle principle :
                AnswerConsistency.of(batch, questionnaire, settings.minimumForReliability())) {
            rows.add(List.of(
                    Document.text(principle.section().name()),
                    Document.text(twoPlaces(principle.alpha())),
                    Document.text(String.valueOf(principle.completeAnswers())),
                    Document.text(words.get("report.reliability." + principle.judgement()))));
            for (AnswerConsistency.Item item : principle.items()) {
                String itemNote = item.neverVaries()
                        ? words.get("report.reliability.same-answer")
                        : item.weak() ? words.get("report.reliability.weak") : "";
                items.add(List.of(
                        Document.text(questionNames.name(item.questionId())),
                        Document.text(twoPlaces(item.correlation())),
                        Document.text(itemNote)));
            }
        }
        doc.table(new Table(
                List.of(
                        left(words, "principle"),
                        right(words, "alpha"),
                        right(words, "complete-answers"),
                        left(words, "what-it-means")),
                rows));
        if (!items.isEmpty()) {
            doc.paragraph(words.get("report.reliability.items-intro"));
            doc.table(new Table(
                    List.of(left(words, "question"), right(words, "correlation"), new Column("", Align.LEFT)), items));
        }
    }

    /** An alpha or a correlation: two decimal places, or nothing when it cannot be worked out. */
    private static String twoPlaces(double value) {
        return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private void questionRates(Document doc) {
        doc.heading(words.get("report.question-rates.heading"));
        GroupAccumulator everyone = batch.everyone();
        long n = Math.max(1, everyone.respondents());
        List<List<Cell>> rows = new ArrayList<>();
        List<Question> questions = questionnaire.questions();
        // the column for answers that could not be read is shown only when there were some
        List<Byte> kinds = new ArrayList<>(ANSWER_KINDS.values());
        boolean anyUnreadable =
                IntStream.range(0, questions.size()).anyMatch(q -> everyone.answers(q, ScoringPlan.UNREADABLE) > 0);
        if (!anyUnreadable) {
            kinds.remove(Byte.valueOf(ScoringPlan.UNREADABLE));
        }
        for (int q = 0; q < questions.size(); q++) {
            List<Cell> row = new ArrayList<>(
                    List.of(Document.text(questionNames.name(questions.get(q).id()))));
            for (byte kind : kinds) {
                row.add(Document.text(percent(everyone.answers(q, kind), n)));
            }
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(
                left(words, "question"),
                right(words, "answered"),
                right(words, "not-applicable"),
                right(words, "dont-know"),
                right(words, "blank")));
        if (anyUnreadable) {
            columns.add(right(words, "unreadable"));
        }
        doc.table(new Table(columns, rows));
    }

    private static String percent(long count, long total) {
        return Figures.format(100.0 * count / total) + "%";
    }

    private void filesRead(Document doc) {
        doc.heading(words.get("report.files.heading"));
        List<List<Cell>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (FileSummary f : scorer.files()) {
            rows.add(List.of(
                    Document.text(f.file()),
                    Document.text(f.tool()),
                    Document.text(words.get("report.files.rows", f.rowsRead(), f.rowsUsed(), f.rowsWithProblems())),
                    Document.text(words.get(
                            "report.answered-of",
                            f.mappedColumns(),
                            questionnaire.questions().size()))));
            notes.addAll(fileNotes(f));
        }
        doc.table(new Table(
                List.of(
                        left(words, "file"),
                        left(words, "made-by"),
                        left(words, "rows"),
                        right(words, "questions-found")),
                rows));
        doc.bullets(notes);
    }

    /** How a file was read: where its services and roles came from, and which questions and columns did not match. */
    private List<String> fileNotes(FileSummary f) {
        List<String> notes = new ArrayList<>();
        if (!f.serviceColumn().isEmpty()) {
            notes.add(words.get(
                    "report.files.columns",
                    f.file(),
                    f.serviceColumn(),
                    f.roleColumn().isEmpty() ? "" : words.get("report.files.roles-from", f.roleColumn()),
                    f.encoding(),
                    f.delimiter().isEmpty() ? "" : words.get("report.files.separated", f.delimiter())));
        } else if (!f.answersFile()) {
            notes.add(words.get("report.files.no-service-column", f.file()));
        }
        if (!f.questionsWithoutColumn().isEmpty()) {
            notes.add(words.get("report.files.no-column-for", f.file(), String.join(", ", f.questionsWithoutColumn())));
        }
        if (!f.unmappedColumns().isEmpty()) {
            String columns = String.join(
                    ", ",
                    f.unmappedColumns().stream()
                            .map(c -> "'" + c.replaceAll("\\s+", " ") + "'")
                            .limit(20)
                            .toList());
            int more = f.unmappedColumns().size() - 20;
            notes.add(words.get(
                    "report.files.left-out",
                    f.file(),
                    more > 0 ? words.get("report.files.and-more", columns, more) : columns));
        }
        return notes;
    }

    private void problems(Document doc) {
        doc.heading(words.get("report.problems.heading"));
        if (scorer.problemCount() == 0) {
            doc.paragraph(words.get("report.problems.none"));
            return;
        }
        List<Problem> shown = scorer.problems().stream().limit(20).toList();
        doc.paragraph(words.count("report.problems.summary", scorer.problemCount())
                + (scorer.problemCount() > shown.size() ? words.get("report.problems.first", shown.size()) : ""));
        doc.bullets(shown.stream().map(Problem::toString).toList());
    }

    private void method(Document doc) {
        doc.heading(words.get("report.batch-method.heading"));
        doc.bullets(List.of(
                words.get("report.batch-method.mean"),
                words.get("report.batch-method.spread"),
                words.get("report.batch-method.cut"),
                words.get("report.batch-method.verdict"),
                privacyMethod(),
                words.get("report.batch-method.alpha")));
        AssessmentReport.method(doc, questionnaire, words);
    }

    /** How groups are kept private; with a minimum group size of 1, nothing is hidden and the sentence says so. */
    private String privacyMethod() {
        return settings.minimumGroupSize() <= 1
                ? words.get("report.batch-method.privacy-off")
                : words.get("report.batch-method.privacy", settings.minimumGroupSize(), hiddenRange());
    }

    /** One row per service, per role within each service, and for everyone: safe to open in a spreadsheet. */
    public String toCsv() {
        List<String> header = new ArrayList<>(List.of("service", "role", "respondents", "shown", "verdict", "average"));
        for (Section section : questionnaire.sections()) {
            for (String part : new String[] {"mean", "sd", "ci95_low", "ci95_high", "band", "scored"}) {
                header.add(section.id() + "_" + part);
            }
        }
        questionnaire.dimensions().forEach(d -> header.add(d.id() + "_mean"));
        header.addAll(Csv.firstStepColumns(AssessmentReport.PLANNED_PRINCIPLES));
        StringBuilder out = new StringBuilder();
        Csv.row(out, header);
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            String name = shownName(service.getKey());
            Csv.row(out, csvRow(name, "", service.getValue()));
            batch.rolesIn(service.getKey()).forEach((role, group) -> Csv.row(out, csvRow(name, role, group)));
        }
        Csv.row(out, csvRow(words.get("survey.group.everyone"), "", batch.everyone()));
        return out.toString();
    }

    private List<String> csvRow(String service, String role, GroupAccumulator group) {
        List<String> row = new ArrayList<>(List.of(service, role, String.valueOf(group.respondents())));
        boolean shown = shown(group);
        row.add(shown ? "yes" : "no");
        row.add(shown && hasOwnVerdict(group) ? verdictOf(group).outcome().label() : "");
        row.add(shown ? Figures.format(batch.meansOf(group).overall(), "") : "");
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            RunningStats stats = group.section(s);
            if (!shown || stats.count() == 0) {
                row.addAll(List.of("", "", "", "", "", shown ? "0" : ""));
                continue;
            }
            double half = stats.halfWidth95();
            row.add(Csv.number(stats.mean()));
            row.add(Csv.number(stats.standardDeviation()));
            row.add(Csv.number(Math.max(0, stats.mean() - half)));
            row.add(Csv.number(Math.min(100, stats.mean() + half)));
            row.add(questionnaire.scoring().bandFor(stats.mean()).label());
            row.add(String.valueOf(stats.count()));
        }
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            row.add(
                    shown && group.dimension(d).count() > 0
                            ? Csv.number(group.dimension(d).mean())
                            : "");
        }
        List<PlannedAction> steps = shown && hasOwnVerdict(group) && role.isEmpty()
                ? ActionPlan.firstSteps(actionsFor(group), AssessmentReport.PLANNED_PRINCIPLES)
                : List.of();
        row.addAll(Csv.firstSteps(steps, AssessmentReport.PLANNED_PRINCIPLES));
        return row;
    }

    /** Every figure of the report as a tree, for --format json. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> root = Json.header("survey", questionnaire, questionnaire.version());
        root.put("language", questionnaire.language());
        root.put("respondents", batch.everyone().respondents());
        root.put(
                "rows",
                Json.object(
                        "read",
                        scorer.files().stream().mapToLong(FileSummary::rowsRead).sum(),
                        "used",
                        scorer.files().stream().mapToLong(FileSummary::rowsUsed).sum(),
                        "withProblems",
                        scorer.files().stream()
                                .mapToLong(FileSummary::rowsWithProblems)
                                .sum()));
        root.put("notes", notes);
        root.put("overview", jsonOverview());
        List<Object> files = new ArrayList<>();
        for (FileSummary f : scorer.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", f.file());
            file.put("madeBy", f.tool());
            file.put("rowsRead", f.rowsRead());
            file.put("rowsUsed", f.rowsUsed());
            file.put("rowsWithProblems", f.rowsWithProblems());
            file.put("questionsFound", f.mappedColumns());
            file.put("questionsWithoutColumn", f.questionsWithoutColumn());
            file.put("columnsLeftOut", f.unmappedColumns());
            file.put("answersFile", f.answersFile());
            file.put("encoding", f.encoding());
            file.put("delimiter", f.delimiter());
            file.put("serviceColumn", f.serviceColumn());
            file.put("roleColumn", f.roleColumn());
            files.add(file);
        }
        root.put("files", files);
        root.put(
                "problems",
                Json.object(
                        "count",
                        scorer.problemCount(),
                        "first",
                        scorer.problems().stream()
                                .limit(50)
                                .map(Problem::toString)
                                .toList()));
        List<Object> services = new ArrayList<>();
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            Map<String, Object> entry = jsonGroup(shownName(service.getKey()), service.getValue());
            List<Object> roles = new ArrayList<>();
            batch.rolesIn(service.getKey()).forEach((role, group) -> roles.add(jsonGroup(role, group)));
            entry.put("roles", roles);
            if (shown(service.getValue())) {
                entry.put(
                        "actionPlan",
                        Json.actions(ActionPlan.forWeakest(
                                actionsFor(service.getValue()), AssessmentReport.PLANNED_PRINCIPLES)));
            }
            jsonGaps(service.getKey()).ifPresent(gaps -> entry.put("gaps", gaps));
            services.add(entry);
        }
        root.put("services", services);
        root.put("everyone", jsonGroup(words.get("survey.group.everyone"), batch.everyone()));
        root.put("reliability", jsonReliability());
        root.put("answers", jsonAnswers());
        root.put(
                "settings",
                Json.object(
                        "minimumGroupSize",
                        settings.minimumGroupSize(),
                        "gapThreshold",
                        settings.gapThreshold(),
                        "minimumForReliability",
                        settings.minimumForReliability(),
                        "comparedRoles",
                        gapRoles.orElse(null)));
        return root;
    }

    /** How many services got each verdict (every verdict the rules can give, in their order), and the overview's order. */
    private Map<String, Object> jsonOverview() {
        Map<String, Long> counts = new LinkedHashMap<>();
        verdictOrder().forEach(outcome -> counts.put(outcome.id(), 0L));
        long notShown = 0;
        for (GroupAccumulator service : batch.services().values()) {
            if (shown(service)) {
                counts.merge(verdictOf(service).outcome().id(), 1L, Long::sum);
            } else {
                notShown++;
            }
        }
        List<Object> verdicts = new ArrayList<>();
        for (VerdictOutcome outcome : verdictOrder()) {
            verdicts.add(
                    Json.object("id", outcome.id(), "label", outcome.label(), "services", counts.get(outcome.id())));
        }
        return Json.object(
                "verdictCounts",
                verdicts,
                "servicesNotShown",
                notShown,
                "order",
                overviewRows().stream().map(OverviewRow::name).toList());
    }

    /** Each principle's alpha and its questions' item-total correlations, as the consistency section shows them. */
    private List<Object> jsonReliability() {
        return AnswerConsistency.of(batch, questionnaire, settings.minimumForReliability()).stream()
                .map(p -> (Object) Json.object(
                        "id",
                        p.section().id(),
                        "name",
                        p.section().name(),
                        "alpha",
                        Json.number(p.alpha()),
                        "completeAnswers",
                        p.completeAnswers(),
                        "judgement",
                        p.judgement(),
                        "items",
                        p.items().stream()
                                .map(i -> (Object) Json.object(
                                        "question",
                                        i.questionId(),
                                        "correlation",
                                        Json.number(i.correlation()),
                                        "neverVaries",
                                        i.neverVaries(),
                                        "weak",
                                        i.weak()))
                                .toList()))
                .toList();
    }

    /** How everyone answered each question: counts of each kind of answer, and their shares in percent. */
    private List<Object> jsonAnswers() {
        GroupAccumulator everyone = batch.everyone();
        long n = Math.max(1, everyone.respondents());
        List<Object> answers = new ArrayList<>();
        for (int q = 0; q < questionnaire.questions().size(); q++) {
            Map<String, Object> counts = new LinkedHashMap<>();
            Map<String, Object> percent = new LinkedHashMap<>();
            for (Map.Entry<String, Byte> kind : ANSWER_KINDS.entrySet()) {
                long count = everyone.answers(q, kind.getValue());
                counts.put(kind.getKey(), count);
                percent.put(kind.getKey(), Json.number(100.0 * count / n));
            }
            answers.add(Json.object(
                    "question", questionnaire.questions().get(q).id(), "counts", counts, "percent", percent));
        }
        return answers;
    }

    /**
     * The gaps between the two compared roles of a service: the measures when both are shown, otherwise why not
     * (shown false, a reason, no measures). Only a shown service has any, as its roles are hidden with it.
     */
    private Optional<Map<String, Object>> jsonGaps(String service) {
        Optional<List<String>> roles = gapRoles;
        if (roles.isEmpty() || !shown(batch.services().get(service))) {
            return Optional.empty();
        }
        GroupAccumulator first = batch.rolesIn(service).get(roles.get().get(0));
        GroupAccumulator second = batch.rolesIn(service).get(roles.get().get(1));
        GapState state = gapState(first, second);
        List<Object> measures = state != GapState.SHOWN
                ? List.of()
                : Gaps.between(questionnaire, first, second, settings.gapThreshold()).stream()
                        .map(g -> (Object) Json.object(
                                "id",
                                g.id(),
                                "first",
                                Json.number(g.first()),
                                "second",
                                Json.number(g.second()),
                                "gap",
                                Json.number(g.gap()),
                                "large",
                                g.large()))
                        .toList();
        Map<String, Object> gaps =
                Json.object("first", roles.get().get(0), "second", roles.get().get(1));
        gaps.put("shown", state == GapState.SHOWN);
        gaps.put("reason", state == GapState.SHOWN ? null : state.id);
        gaps.put("firstRespondents", count(first));
        gaps.put("secondRespondents", count(second));
        gaps.put("measures", measures);
        return Optional.of(gaps);
    }

    /** A verdict is about one service: respondents from several services pooled together have figures but no verdict. */
    private boolean hasOwnVerdict(GroupAccumulator group) {
        return group != batch.everyone() || batch.services().size() <= 1;
    }

    private Map<String, Object> jsonGroup(String name, GroupAccumulator group) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("respondents", group.respondents());
        boolean shown = shown(group);
        entry.put("shown", shown);
        if (!shown) {
            return entry;
        }
        if (hasOwnVerdict(group)) {
            Verdict verdict = verdictOf(group);
            Map<String, Object> json = Json.verdict(verdict, words);
            json.put(
                    "borderline",
                    borderlineOf(group).stream()
                            .map(b -> (Object) Json.object(
                                    "figure",
                                    b.check().condition().score().written(),
                                    "low",
                                    Json.number(b.low()),
                                    "high",
                                    Json.number(b.high()),
                                    "threshold",
                                    b.check().condition().threshold(),
                                    "otherVerdict",
                                    b.otherSide().id()))
                            .toList());
            entry.put("verdict", json);
            entry.put("placement", Json.placement(placementOf(group), words));
            entry.put("activities", Json.activities(activitiesOf(group)));
        }
        entry.put("average", Json.number(batch.meansOf(group).overall()));
        entry.put(
                "weakestPrinciple",
                weakestPrinciple(group)
                        .map(w -> Json.object(
                                "id", w.section().id(), "name", w.section().name(), "mean", Json.number(w.mean())))
                        .orElse(null));
        List<Object> sections = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            sections.add(
                    jsonStats(section.id(), section.name(), group.section(s), section.kind() == SectionKind.PRINCIPLE));
        }
        entry.put("sections", sections);
        List<Object> dimensions = new ArrayList<>();
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            dimensions.add(jsonStats(
                    questionnaire.dimensions().get(d).id(),
                    questionnaire.dimensions().get(d).name(),
                    group.dimension(d),
                    false));
        }
        entry.put("dimensions", dimensions);
        List<Object> questions = new ArrayList<>();
        for (int q = 0; q < questionnaire.questions().size(); q++) {
            questions.add(
                    Json.object("id", questionnaire.questions().get(q).id(), "mean", Json.number(group.itemMean(q))));
        }
        entry.put("questionMeans", questions);
        return entry;
    }

    private Map<String, Object> jsonStats(String id, String name, RunningStats stats, boolean banded) {
        Map<String, Object> entry = Json.object("id", id, "name", name);
        entry.put("scored", stats.count());
        if (stats.count() > 0) {
            entry.put("mean", Json.number(stats.mean()));
            entry.put("sd", Json.number(stats.standardDeviation()));
            double half = stats.halfWidth95();
            entry.put(
                    "ci95",
                    Double.isNaN(half)
                            ? null
                            : List.of(
                                    Json.number(Math.max(0, stats.mean() - half)),
                                    Json.number(Math.min(100, stats.mean() + half))));
            if (banded) {
                entry.put("band", questionnaire.scoring().bandFor(stats.mean()).id());
            }
        }
        return entry;
    }
}
