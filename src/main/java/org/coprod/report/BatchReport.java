package org.coprod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.app.FileSummary;
import org.coprod.app.SurveyResult;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.batch.Borderline;
import org.coprod.core.batch.Disclosure;
import org.coprod.core.batch.Gaps;
import org.coprod.core.batch.GroupAccumulator;
import org.coprod.core.batch.Reliability;
import org.coprod.core.batch.RunningStats;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.Figures;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.ScoreTable;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.scoring.Verdict;
import org.coprod.io.Problem;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;

/**
 * The report of a batch: a verdict per service, where staff and people who use the service see things differently,
 * each service's figures with their spread, how consistent the answers are, and what was read. Groups smaller than
 * the minimum size show their count only.
 */
public final class BatchReport implements Report {
    /** Settings that shape the report. */
    public record Settings(int minimumGroupSize, double gapThreshold, Optional<List<String>> gapRoles, int minimumForReliability) {}

    private final SurveyResult scorer;
    private final BatchScoring batch;
    private final Questionnaire questionnaire;
    private final Settings settings;
    private final Disclosure disclosure;
    /** Worked out once: for every service again, it made the report quadratic in services. */
    private final Optional<List<String>> gapRoles;
    private final List<String> notes;

    public BatchReport(SurveyResult scorer, Settings settings) {
        this(scorer, settings, List.of());
    }

    /** @param notes what the reader should know about the whole batch, such as a newer questionnaire version */
    public BatchReport(SurveyResult scorer, Settings settings, List<String> notes) {
        this.scorer = scorer;
        this.batch = scorer.batch();
        this.questionnaire = batch.plan().questionnaire();
        this.settings = settings;
        this.notes = List.copyOf(notes);
        this.disclosure = new Disclosure(batch, settings.minimumGroupSize());
        this.gapRoles = Gaps.roles(batch, settings.gapRoles());
    }

    public boolean shown(GroupAccumulator group) {
        return disclosure.shown(group);
    }

    private Optional<List<String>> gapRoles() {
        return gapRoles;
    }

    @Override
    public Document document() {
        Document doc = new Document("Co-production survey results").bands(questionnaire.scoring().bands()).language(questionnaire.language());
        long respondents = batch.everyone().respondents();
        doc.paragraph("Questionnaire: " + questionnaire.title() + " (version " + questionnaire.version() + "). "
                + plural(respondents, "respondent") + " in " + plural(batch.services().size(), "service")
                + ", from " + plural(scorer.files().size(), "file") + ". "
                + rowsSentence());
        notes.forEach(note -> doc.paragraph("Note:", note));
        verdicts(doc);
        gaps(doc);
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            serviceSection(doc, service.getKey(), service.getValue());
        }
        if (batch.services().size() > 1) {
            doc.heading("All services together");
            if (shown(batch.everyone())) {
                figures(doc, batch.everyone());
            } else {
                doc.paragraph("Not shown: the services whose figures are hidden have between 1 and "
                        + (settings.minimumGroupSize() - 1) + " respondents in all, so their answers could be worked out"
                        + " from these figures and the shown services' figures.");
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
        long bad = scorer.files().stream().mapToLong(FileSummary::rowsWithProblems).sum();
        String rows = read + " rows read, " + used + " used (rows with no answers at all are left out), ";
        if (scorer.problemCount() == 0) {
            return rows + "none with problems.";
        }
        return rows + bad + " with problems (" + plural(scorer.problemCount(), "problem")
                + ", listed under \"Problems found\"; each bad answer counts as not answered).";
    }

    private void verdicts(Document doc) {
        doc.heading("Verdicts by service");
        List<List<Cell>> rows = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Map.Entry<String, GroupAccumulator> entry : batch.services().entrySet()) {
            GroupAccumulator group = entry.getValue();
            if (!shown(group)) {
                rows.add(List.of(Document.text(entry.getKey()), Document.text(String.valueOf(group.respondents())),
                        Document.text(tooFew()), Document.text(""), Document.text("")));
                continue;
            }
            Verdict verdict = batch.verdictOf(group);
            OptionalDouble average = batch.meansOf(group).overall();
            List<Borderline> borderline = batch.borderlineOf(group);
            rows.add(List.of(Document.text(entry.getKey()), Document.text(String.valueOf(group.respondents())),
                    Document.text(verdict.outcome().label() + (borderline.isEmpty() ? "" : " (borderline)")),
                    Document.text(Figures.format(average, "")), Document.text(weakest(group))));
            explanations.add(entry.getKey() + ": " + verdict.explanation() + borderlineSentence(borderline));
        }
        doc.table(new Table(List.of(new Column("Service", Align.LEFT), new Column("Respondents", Align.RIGHT),
                new Column("Verdict", Align.LEFT), new Column("Average", Align.RIGHT), new Column("Weakest principle", Align.LEFT)), rows));
        doc.bullets(explanations);
    }

    private String tooFew() {
        return "not shown: fewer than " + settings.minimumGroupSize() + " respondents";
    }

    private String weakest(GroupAccumulator group) {
        String name = "";
        double lowest = Double.POSITIVE_INFINITY;
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            RunningStats stats = group.section(s);
            if (questionnaire.sections().get(s).kind() == SectionKind.PRINCIPLE && stats.count() > 0 && stats.mean() < lowest) {
                lowest = stats.mean();
                name = questionnaire.sections().get(s).name() + " (" + Figures.format(lowest) + ")";
            }
        }
        return name;
    }

    private void gaps(Document doc) {
        Optional<List<String>> roles = gapRoles();
        if (roles.isEmpty()) {
            doc.heading("Where staff and people who use the service see things differently");
            boolean anyRoles = batch.services().keySet().stream().anyMatch(service -> !batch.rolesIn(service).isEmpty());
            doc.paragraph(anyRoles ? "Not shown: only one role was found, so there is nothing to compare it with."
                    : "Not shown: no column says who answered (staff, people who use the service, family members). Name"
                    + " that column with --role COLUMN; the columns that are not questions are listed under \"Files read\".");
            return;
        }
        String a = roles.get().get(0);
        String b = roles.get().get(1);
        doc.heading("Where " + a + " and " + b + " see things differently");
        doc.paragraph("Each figure is the average score of that group; the gap is " + a + " minus " + b + ". Gaps of "
                + Figures.format(settings.gapThreshold()) + " points or more are marked LARGE GAP: talk about those first.");
        for (String service : batch.services().keySet()) {
            GroupAccumulator first = batch.rolesIn(service).get(a);
            GroupAccumulator second = batch.rolesIn(service).get(b);
            doc.subheading(service);
            if (!disclosure.largeEnough(first) || !disclosure.largeEnough(second)) {
                doc.paragraph("Not shown: each group needs at least " + settings.minimumGroupSize() + " respondents (here "
                        + count(first) + " " + a + " and " + count(second) + " " + b + "), so that no one's answers can be"
                        + " picked out.");
                continue;
            }
            if (!shown(first) || !shown(second)) {
                long others = batch.services().get(service).respondents() - first.respondents() - second.respondents();
                doc.paragraph("Not shown: besides these two groups, this service has " + plural(others, "other respondent")
                        + ", fewer than " + settings.minimumGroupSize()
                        + ", whose answers could then be worked out from the service's figures. To compare these two"
                        + " groups, count the other respondents in with one of them, or leave them out of the file.");
                continue;
            }
            List<Gaps.Gap> gaps = Gaps.between(questionnaire, first, second, settings.gapThreshold());
            List<List<Cell>> rows = gaps.stream().map(g -> List.<Cell>of(Document.text(g.name()), Document.text(format(g.first())),
                    Document.text(format(g.second())), Document.text(Double.isNaN(g.gap()) ? "" : signed(g.gap())),
                    Document.text(g.large() ? "LARGE GAP" : ""))).toList();
            doc.table(new Table(List.of(new Column("Measure", Align.LEFT), new Column(a + " (" + first.respondents() + ")", Align.RIGHT),
                    new Column(b + " (" + second.respondents() + ")", Align.RIGHT), new Column("Gap", Align.RIGHT),
                    new Column("", Align.LEFT)), rows));
            doc.chart(new Chart(ChartKind.BARS, service + ": " + a + " and " + b + " side by side",
                    gaps.stream().map(Gaps.Gap::name).toList(), List.of(
                            new Series(a, gaps.stream().map(g -> optional(g.first())).toList()),
                            new Series(b, gaps.stream().map(g -> optional(g.second())).toList()))));
            List<String> large = gaps.stream().filter(Gaps.Gap::large).map(g -> g.name() + " (" + signed(g.gap()) + ")").toList();
            doc.paragraph(large.isEmpty() ? "No large gaps." : "Large gaps: " + String.join(", ", large) + ".");
        }
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** "1 respondent", "2 respondents". */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static long count(GroupAccumulator group) {
        return group == null ? 0 : group.respondents();
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Figures.format(value);
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "too few answers" : Figures.format(value);
    }

    private void serviceSection(Document doc, String name, GroupAccumulator group) {
        doc.heading("Service: " + name);
        if (!shown(group)) {
            doc.paragraph(plural(group.respondents(), "respondent") + ": figures are not shown for fewer than "
                    + settings.minimumGroupSize() + ", so that no one's answers can be picked out.");
            return;
        }
        Verdict verdict = batch.verdictOf(group);
        doc.paragraph("Verdict:", verdict.explanation() + borderlineSentence(batch.borderlineOf(group)));
        VerdictDetail.deciding(doc, verdict);
        figures(doc, group);
        VerdictDetail.placement(doc, batch.placementOf(group), batch.activitiesOf(group), itemMeans(group));
        Map<String, GroupAccumulator> roles = batch.rolesIn(name);
        if (!roles.isEmpty()) {
            List<String> parts = new ArrayList<>();
            roles.forEach((role, g) -> parts.add(role + " " + g.respondents()));
            doc.paragraph("Respondents by role: " + String.join(", ", parts) + ".");
        }
        List<Section> principles = questionnaire.sections().stream().filter(ScoreTable::isPrinciple).toList();
        doc.chart(new Chart(ChartKind.BARS, name + ": the principles", principles.stream().map(Section::name).toList(),
                List.of(new Series(name, principles.stream().map(p -> batch.meansOf(group).section(p.id())).toList()))));
        AssessmentReport.actionPlan(doc, batch.actionsFor(group), true);
    }

    /**
     * " Borderline: ..." naming each deciding figure whose 95% interval crosses its line and the verdict on the other
     * side, or nothing when the answers settle every line.
     */
    static String borderlineSentence(List<Borderline> borderline) {
        if (borderline.isEmpty()) {
            return "";
        }
        return " Borderline: " + borderline.stream().map(b -> "the 95% interval of " + b.figure() + " (" + Figures.format(Math.max(0, b.low()))
                + " to " + Figures.format(Math.min(100, b.high())) + ") crosses " + Figures.format(b.check().condition().threshold())
                + ", and on the other side of that line the verdict would be " + b.otherSide().label())
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    /** Each question's mean score in a group, as "(mean 62.5)", for the evidence of the kinds of joint work. */
    private Map<String, String> itemMeans(GroupAccumulator group) {
        Map<String, String> means = new LinkedHashMap<>();
        for (int q = 0; q < questionnaire.questions().size(); q++) {
            OptionalDouble mean = group.itemMean(q);
            if (mean.isPresent()) {
                means.put(questionnaire.questions().get(q).id(), "(mean score " + Figures.format(mean.getAsDouble()) + ")");
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
        doc.table(new Table(List.of(new Column("Measure", Align.LEFT), new Column("Mean", Align.RIGHT),
                new Column("95% interval", Align.LEFT), new Column("Spread", Align.RIGHT), new Column("Band", Align.LEFT),
                new Column("0 to 100", Align.LEFT), new Column("Scored", Align.RIGHT)), rows));
    }

    private List<Cell> statsRow(String name, RunningStats stats, boolean banded) {
        if (stats.count() == 0) {
            return List.of(Document.text(name), Document.text("too few answers"), Document.text(""), Document.text(""),
                    Document.text(""), new Bar(OptionalDouble.empty()), Document.text("0"));
        }
        double mean = stats.mean();
        double half = stats.halfWidth95();
        String interval = Double.isNaN(half) ? "" : Figures.format(Math.max(0, mean - half)) + " to " + Figures.format(Math.min(100, mean + half));
        return List.of(Document.text(name), Document.text(Figures.format(mean)), Document.text(interval),
                Document.text(Double.isNaN(stats.standardDeviation()) ? "" : Figures.format(stats.standardDeviation())),
                Document.text(banded ? questionnaire.scoring().bandFor(mean).label() : ""), new Bar(OptionalDouble.of(mean)),
                Document.text(String.valueOf(stats.count())));
    }

    private void reliability(Document doc) {
        doc.heading("How consistent the answers are");
        doc.paragraph("Cronbach's alpha says how far a principle's questions are answered alike, from 0 to 1, for"
                + " everyone who answered all of that principle's questions (at least " + settings.minimumForReliability()
                + " are needed). Around 0.7 or more is good; below 0.6 the principle's score should be read with care.");
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> items = new ArrayList<>();
        GroupAccumulator everyone = batch.everyone();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Reliability r = everyone.reliability(s);
            if (r == null) {
                continue;
            }
            Section section = questionnaire.sections().get(s);
            double alpha = r.alpha();
            String note;
            if (r.respondents() < settings.minimumForReliability()) {
                note = "too few complete answers to tell";
                alpha = Double.NaN;
            } else if (Double.isNaN(alpha)) {
                note = "cannot be worked out: the answers did not vary";
            } else if (alpha < 0.6) {
                note = "poor: these questions are not answered alike; read this score with care";
            } else if (alpha < 0.7) {
                note = "acceptable";
            } else {
                note = "good";
            }
            rows.add(List.of(Document.text(section.name()), Document.text(Double.isNaN(alpha) ? "" : String.format(java.util.Locale.ROOT, "%.2f", alpha)),
                    Document.text(String.valueOf(r.respondents())), Document.text(note)));
            if (r.respondents() >= settings.minimumForReliability()) {
                int[] itemIndex = batch.plan().sectionItems(s);
                for (int i = 0; i < itemIndex.length; i++) {
                    double correlation = r.correctedItemTotal(i);
                    String itemNote = r.neverVaries(i) ? "everyone gave the same answer"
                            : !Double.isNaN(correlation) && correlation < 0.3 ? "goes with the other questions only weakly" : "";
                    items.add(List.of(Document.text(questionnaire.questions().get(itemIndex[i]).id()),
                            Document.text(Double.isNaN(correlation) ? "" : String.format(java.util.Locale.ROOT, "%.2f", correlation)),
                            Document.text(itemNote)));
                }
            }
        }
        doc.table(new Table(List.of(new Column("Principle", Align.LEFT), new Column("Alpha", Align.RIGHT),
                new Column("Complete answers", Align.RIGHT), new Column("What it means", Align.LEFT)), rows));
        if (!items.isEmpty()) {
            doc.paragraph("How well each question goes with the other questions of its principle (the correlation of its"
                    + " answers with the total of the others, from -1 to 1; below 0.3 is weak):");
            doc.table(new Table(List.of(new Column("Question", Align.LEFT), new Column("Correlation", Align.RIGHT),
                    new Column("", Align.LEFT)), items));
        }
    }

    private void questionRates(Document doc) {
        doc.heading("Answers to each question");
        GroupAccumulator everyone = batch.everyone();
        long n = Math.max(1, everyone.respondents());
        List<List<Cell>> rows = new ArrayList<>();
        List<Question> questions = questionnaire.questions();
        for (int q = 0; q < questions.size(); q++) {
            rows.add(List.of(Document.text(questions.get(q).id()), Document.text(percent(everyone.answers(q, ScoringPlan.SCORED), n)),
                    Document.text(percent(everyone.answers(q, ScoringPlan.NOT_APPLICABLE), n)),
                    Document.text(percent(everyone.answers(q, ScoringPlan.DONT_KNOW), n)),
                    Document.text(percent(everyone.answers(q, ScoringPlan.MISSING), n))));
        }
        doc.table(new Table(List.of(new Column("Question", Align.LEFT), new Column("Answered", Align.RIGHT),
                new Column("Not applicable", Align.RIGHT), new Column("Don't know", Align.RIGHT), new Column("Blank", Align.RIGHT)), rows));
    }

    private static String percent(long count, long total) {
        return Figures.format(100.0 * count / total) + "%";
    }

    private void filesRead(Document doc) {
        doc.heading("Files read");
        List<List<Cell>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (FileSummary f : scorer.files()) {
            rows.add(List.of(Document.text(f.file()), Document.text(f.tool()), Document.text(f.rowsRead() + " read, " + f.rowsUsed()
                    + " used, " + f.rowsWithProblems() + " with problems"), Document.text(f.mappedColumns() + " of "
                    + questionnaire.questions().size())));
            if (!f.serviceColumn().isEmpty()) {
                notes.add(f.file() + ": services from the column '" + f.serviceColumn() + "'"
                        + (f.roleColumn().isEmpty() ? "" : ", roles from '" + f.roleColumn() + "'") + "; " + f.encoding()
                        + (f.delimiter().isEmpty() ? "" : ", " + f.delimiter() + "-separated") + ".");
            } else if (!f.tool().equals(FileSummary.ANSWERS_FILE)) {
                notes.add(f.file() + ": no column names the service, so all its rows were scored as one group (name the"
                        + " column with --group-by).");
            }
            if (!f.questionsWithoutColumn().isEmpty()) {
                notes.add(f.file() + ": no column for " + String.join(", ", f.questionsWithoutColumn()) + ".");
            }
            if (!f.unmappedColumns().isEmpty()) {
                notes.add(f.file() + ": columns that are not questions (left out): " + String.join(", ",
                        f.unmappedColumns().stream().map(c -> "'" + c.replaceAll("\\s+", " ") + "'").limit(20).toList())
                        + (f.unmappedColumns().size() > 20 ? " and " + (f.unmappedColumns().size() - 20) + " more" : "") + ".");
            }
        }
        doc.table(new Table(List.of(new Column("File", Align.LEFT), new Column("Made by", Align.LEFT),
                new Column("Rows", Align.LEFT), new Column("Questions found", Align.RIGHT)), rows));
        doc.bullets(notes);
    }

    private void problems(Document doc) {
        doc.heading("Problems found");
        if (scorer.problemCount() == 0) {
            doc.paragraph("None.");
            return;
        }
        List<Problem> shown = scorer.problems().stream().limit(20).toList();
        doc.paragraph(scorer.problemCount() + (scorer.problemCount() == 1 ? " problem" : " problems")
                + "; each bad answer counts as not answered. Use --strict to stop instead."
                + (scorer.problemCount() > shown.size() ? " The first " + shown.size() + ":" : ""));
        doc.bullets(shown.stream().map(Problem::toString).toList());
    }

    private void method(Document doc) {
        doc.heading("How the figures were computed");
        doc.bullets(List.of(
                "Each respondent is scored as in a single self-assessment (below). A service's figure for a principle is the"
                        + " mean of its respondents' scores for that principle; respondents with too few answers for it are left out"
                        + " of that mean (the Scored column counts those included).",
                "Spread is the standard deviation (SD) of those scores: how far apart the respondents' scores are. The 95% interval is the mean plus or minus t x SD / square"
                        + " root of n (Student's t with n - 1 degrees of freedom): the range the mean would probably fall in if"
                        + " many more people answered.",
                "A service's verdict uses the same rules as a single assessment, applied to the service's means.",
                "Privacy: a service or role with fewer than " + settings.minimumGroupSize() + " respondents shows its count"
                        + " but not its scores. So that hidden figures cannot be worked out by subtraction, a role is also"
                        + " hidden when the rest of its service would otherwise leave between 1 and "
                        + (settings.minimumGroupSize() - 1) + " respondents unshown, and the figures for all services"
                        + " together are hidden when the hidden services have between 1 and " + (settings.minimumGroupSize() - 1)
                        + " respondents in all.",
                "Cronbach's alpha uses everyone who answered all of a principle's questions (listwise)."));
        AssessmentReport.method(doc, questionnaire);
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
            Csv.row(out, csvRow(service.getKey(), "", service.getValue()));
            batch.rolesIn(service.getKey()).forEach((role, group) -> Csv.row(out, csvRow(service.getKey(), role, group)));
        }
        Csv.row(out, csvRow(SurveyResult.EVERYONE, "", batch.everyone()));
        return out.toString();
    }

    private List<String> csvRow(String service, String role, GroupAccumulator group) {
        List<String> row = new ArrayList<>(List.of(service, role, String.valueOf(group.respondents())));
        boolean shown = shown(group);
        row.add(shown ? "yes" : "no");
        row.add(shown && hasOwnVerdict(group) ? batch.verdictOf(group).outcome().label() : "");
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
            row.add(shown && group.dimension(d).count() > 0 ? Csv.number(group.dimension(d).mean()) : "");
        }
        List<PlannedAction> steps = shown && hasOwnVerdict(group) && role.isEmpty()
                ? ActionPlan.firstSteps(batch.actionsFor(group), AssessmentReport.PLANNED_PRINCIPLES) : List.of();
        row.addAll(Csv.firstSteps(steps, AssessmentReport.PLANNED_PRINCIPLES));
        return row;
    }

    /** Every figure of the report as a tree, for --format json. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> root = Json.header("survey", questionnaire, questionnaire.version());
        root.put("respondents", batch.everyone().respondents());
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
            files.add(file);
        }
        root.put("files", files);
        root.put("problems", Json.object("count", scorer.problemCount(), "first", scorer.problems().stream().limit(50).map(Problem::toString).toList()));
        List<Object> services = new ArrayList<>();
        for (Map.Entry<String, GroupAccumulator> service : batch.services().entrySet()) {
            Map<String, Object> entry = jsonGroup(service.getKey(), service.getValue());
            List<Object> roles = new ArrayList<>();
            batch.rolesIn(service.getKey()).forEach((role, group) -> roles.add(jsonGroup(role, group)));
            entry.put("roles", roles);
            if (shown(service.getValue())) {
                entry.put("actionPlan", Json.actions(ActionPlan.forWeakest(batch.actionsFor(service.getValue()), AssessmentReport.PLANNED_PRINCIPLES)));
            }
            jsonGaps(service.getKey()).ifPresent(gaps -> entry.put("gaps", gaps));
            services.add(entry);
        }
        root.put("services", services);
        root.put("everyone", jsonGroup(SurveyResult.EVERYONE, batch.everyone()));
        root.put("settings", Json.object("minimumGroupSize", settings.minimumGroupSize(), "gapThreshold", settings.gapThreshold()));
        return root;
    }

    /** The gaps between the two compared roles of a service, when both are shown. */
    private Optional<Map<String, Object>> jsonGaps(String service) {
        Optional<List<String>> roles = gapRoles();
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        GroupAccumulator first = batch.rolesIn(service).get(roles.get().get(0));
        GroupAccumulator second = batch.rolesIn(service).get(roles.get().get(1));
        if (!bothShown(first, second)) {
            return Optional.empty();
        }
        List<Object> measures = Gaps.between(questionnaire, first, second, settings.gapThreshold()).stream().map(g -> (Object) Json.object("id", g.id(), "first", Json.number(g.first()),
                "second", Json.number(g.second()), "gap", Json.number(g.gap()), "large", g.large())).toList();
        return Optional.of(Json.object("first", roles.get().get(0), "second", roles.get().get(1), "measures", measures));
    }

    private boolean bothShown(GroupAccumulator first, GroupAccumulator second) {
        return first != null && second != null && shown(first) && shown(second);
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
            Verdict verdict = batch.verdictOf(group);
            Map<String, Object> json = Json.verdict(verdict);
            json.put("borderline", batch.borderlineOf(group).stream().map(b -> (Object) Json.object("figure",
                    b.check().condition().score().written(), "low", Json.number(b.low()), "high", Json.number(b.high()),
                    "threshold", b.check().condition().threshold(), "otherVerdict", b.otherSide().id())).toList());
            entry.put("verdict", json);
            entry.put("placement", Json.placement(batch.placementOf(group)));
            entry.put("activities", Json.activities(batch.activitiesOf(group)));
        }
        List<Object> sections = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            sections.add(jsonStats(section.id(), section.name(), group.section(s), section.kind() == SectionKind.PRINCIPLE));
        }
        entry.put("sections", sections);
        List<Object> dimensions = new ArrayList<>();
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            dimensions.add(jsonStats(questionnaire.dimensions().get(d).id(), questionnaire.dimensions().get(d).name(), group.dimension(d), false));
        }
        entry.put("dimensions", dimensions);
        return entry;
    }

    private Map<String, Object> jsonStats(String id, String name, RunningStats stats, boolean banded) {
        Map<String, Object> entry = Json.object("id", id, "name", name);
        entry.put("scored", stats.count());
        if (stats.count() > 0) {
            entry.put("mean", Json.number(stats.mean()));
            entry.put("sd", Json.number(stats.standardDeviation()));
            double half = stats.halfWidth95();
            entry.put("ci95", Double.isNaN(half) ? null : List.of(Json.number(Math.max(0, stats.mean() - half)), Json.number(Math.min(100, stats.mean() + half))));
            if (banded) {
                entry.put("band", questionnaire.scoring().bandFor(stats.mean()).id());
            }
        }
        return entry;
    }
}
