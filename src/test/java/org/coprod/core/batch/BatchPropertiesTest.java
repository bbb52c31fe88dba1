package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.coprod.core.RandomQuestionnaires;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.words.Words;
import org.coprod.report.Csv;
import org.coprod.survey.SurveyScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of 'coprod score' on random questionnaires and random exports (random services, roles and answers, some
 * blank, "not applicable" or "don't know"): its figures do not depend on the order of the rows, and the streaming
 * aggregation (running sums, read and scored on two threads) gives the figures a plain in-memory computation gives
 * from every respondent's own scorecard. A failure names the seed, which reproduces the case.
 */
class BatchPropertiesTest {
    private static final int TRIES = Math.max(20, RandomQuestionnaires.TRIES / 3);
    private static final SurveyScorer.Options OPTIONS = new SurveyScorer.Options(
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            false,
            Optional.empty(),
            Optional.empty(),
            org.coprod.io.yaml.MappingReader.Mapping.none(),
            Optional.empty());

    @TempDir
    Path dir;

    /** One row of an export: who answered, and their answers by question id. */
    record Row(String service, String role, Map<String, Response> answers) {}

    @Test
    void the_results_do_not_depend_on_the_order_of_the_rows() throws Exception {
        RandomQuestionnaires.forEachCase(TRIES, (seed, random, q) -> {
            List<Row> rows = rows(q, random);
            List<Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            BatchScoring inOrder = score(q, rows);
            BatchScoring reordered = score(q, shuffled);
            String why = "seed " + seed;
            assertThat(reordered.services().keySet())
                    .as(why)
                    .isEqualTo(inOrder.services().keySet());
            assertSameFigures(q, inOrder.everyone(), reordered.everyone(), why + ", everyone");
            assertThat(reordered.verdictOf(reordered.everyone()).outcome())
                    .as(why)
                    .isEqualTo(inOrder.verdictOf(inOrder.everyone()).outcome());
            for (String service : inOrder.services().keySet()) {
                assertSameFigures(
                        q, inOrder.services().get(service), reordered.services().get(service), why + ", " + service);
                assertThat(reordered
                                .verdictOf(reordered.services().get(service))
                                .outcome())
                        .as(why)
                        .isEqualTo(inOrder.verdictOf(inOrder.services().get(service))
                                .outcome());
                assertThat(reordered.rolesIn(service).keySet())
                        .as(why)
                        .isEqualTo(inOrder.rolesIn(service).keySet());
                for (String role : inOrder.rolesIn(service).keySet()) {
                    assertSameFigures(
                            q,
                            inOrder.rolesIn(service).get(role),
                            reordered.rolesIn(service).get(role),
                            why + ", " + service + ", " + role);
                }
            }
        });
    }

    private static void assertSameFigures(Questionnaire q, GroupAccumulator a, GroupAccumulator b, String why) {
        assertThat(b.respondents()).as(why).isEqualTo(a.respondents());
        for (int s = 0; s < q.sections().size(); s++) {
            assertSameStats(a.section(s), b.section(s), why + ", section " + s);
            if (a.reliability(s) != null) {
                assertClose(b.reliability(s).alpha(), a.reliability(s).alpha(), why + ", alpha of section " + s);
            }
        }
        for (int d = 0; d < q.dimensions().size(); d++) {
            assertSameStats(a.dimension(d), b.dimension(d), why + ", dimension " + d);
        }
    }

    private static void assertSameStats(RunningStats a, RunningStats b, String why) {
        assertThat(b.count()).as(why).isEqualTo(a.count());
        assertClose(b.mean(), a.mean(), why + ", mean");
        assertClose(b.standardDeviation(), a.standardDeviation(), why + ", sd");
        assertClose(b.halfWidth95(), a.halfWidth95(), why + ", interval");
    }

    @Test
    void the_streaming_figures_equal_a_plain_in_memory_computation() throws Exception {
        RandomQuestionnaires.forEachCase(TRIES, (seed, random, q) -> {
            List<Row> rows = rows(q, random);
            BatchScoring batch = score(q, rows);
            List<Row> used = rows.stream().filter(r -> !r.answers().isEmpty()).toList();
            String why = "seed " + seed;
            assertInMemoryFigures(q, batch.everyone(), used, why + ", everyone");
            for (String service : batch.services().keySet()) {
                List<Row> ofService =
                        used.stream().filter(r -> r.service().equals(service)).toList();
                assertInMemoryFigures(q, batch.services().get(service), ofService, why + ", " + service);
                for (String role : batch.rolesIn(service).keySet()) {
                    assertInMemoryFigures(
                            q,
                            batch.rolesIn(service).get(role),
                            ofService.stream()
                                    .filter(r -> r.role().equals(role))
                                    .toList(),
                            why + ", " + service + ", " + role);
                }
            }
            assertAnswerCounts(q, batch.everyone(), used, why);
            assertReliability(q, batch.everyone(), used, why);
        });
    }

    private static void assertInMemoryFigures(Questionnaire q, GroupAccumulator group, List<Row> rows, String why) {
        assertThat(group.respondents()).as(why).isEqualTo(rows.size());
        List<Scorecard> cards =
                rows.stream().map(r -> Scoring.score(q, r.answers())).toList();
        for (int s = 0; s < q.sections().size(); s++) {
            int section = s;
            assertStats(
                    group.section(s),
                    cards.stream()
                            .map(c -> c.sections().get(section).score().value())
                            .filter(v -> v.isPresent())
                            .mapToDouble(v -> v.getAsDouble())
                            .toArray(),
                    why + ", section " + s);
        }
        for (int d = 0; d < q.dimensions().size(); d++) {
            int dimension = d;
            assertStats(
                    group.dimension(d),
                    cards.stream()
                            .map(c -> c.dimensions().get(dimension).score().value())
                            .filter(v -> v.isPresent())
                            .mapToDouble(v -> v.getAsDouble())
                            .toArray(),
                    why + ", dimension " + d);
        }
    }

    /** Mean, sample standard deviation and t-based 95% half-width, each computed the plain way (two passes). */
    private static void assertStats(RunningStats stats, double[] values, String why) {
        int n = values.length;
        assertThat(stats.count()).as(why).isEqualTo(n);
        if (n == 0) {
            return;
        }
        double mean = java.util.Arrays.stream(values).sum() / n;
        assertClose(stats.mean(), mean, why + ", mean");
        if (n >= 2) {
            double sd = Math.sqrt(java.util.Arrays.stream(values)
                            .map(x -> (x - mean) * (x - mean))
                            .sum()
                    / (n - 1));
            assertClose(stats.standardDeviation(), sd, why + ", sd");
            assertClose(stats.halfWidth95(), RunningStats.tQuantile975(n - 1) * sd / Math.sqrt(n), why + ", interval");
        }
    }

    private static void assertAnswerCounts(Questionnaire q, GroupAccumulator everyone, List<Row> rows, String why) {
        for (int i = 0; i < q.questions().size(); i++) {
            String id = q.questions().get(i).id();
            long missing =
                    rows.stream().filter(r -> !r.answers().containsKey(id)).count();
            assertThat(everyone.answers(i, ScoringPlan.MISSING))
                    .as(why + ", " + id)
                    .isEqualTo(missing);
            for (var kind : org.coprod.core.model.ResponseKind.values()) {
                long given = rows.stream()
                        .filter(r -> r.answers().containsKey(id)
                                && r.answers().get(id).kind() == kind)
                        .count();
                assertThat(everyone.answers(i, ScoringPlan.kindOf(kind)))
                        .as(why + ", " + id + " " + kind)
                        .isEqualTo(given);
            }
        }
    }

    /** Cronbach's alpha from the respondents who answered every question of the principle, computed the plain way. */
    private static void assertReliability(Questionnaire q, GroupAccumulator everyone, List<Row> rows, String why) {
        for (int s = 0; s < q.sections().size(); s++) {
            Section section = q.sections().get(s);
            if (section.kind() != SectionKind.PRINCIPLE) {
                continue;
            }
            List<Question> items = q.questionsIn(section);
            Predicate<Row> complete = r -> items.stream()
                    .allMatch(i -> r.answers().containsKey(i.id())
                            && r.answers().get(i.id()).isScored());
            List<double[]> matrix = rows.stream()
                    .filter(complete)
                    .map(r -> items.stream()
                            .mapToDouble(i -> Scoring.itemScore(
                                            q, i, Optional.of(r.answers().get(i.id())))
                                    .score()
                                    .getAsDouble())
                            .toArray())
                    .toList();
            Reliability reliability = everyone.reliability(s);
            assertThat(reliability.respondents())
                    .as(why + ", complete answers to section " + s)
                    .isEqualTo(matrix.size());
            assertClose(reliability.alpha(), alpha(matrix, items.size()), why + ", alpha of section " + s);
        }
    }

    private static double alpha(List<double[]> matrix, int k) {
        if (k < 2 || matrix.size() < 2) {
            return Double.NaN;
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            int item = i;
            itemVariances +=
                    variance(matrix.stream().mapToDouble(row -> row[item]).toArray());
        }
        double total = variance(matrix.stream()
                .mapToDouble(row -> java.util.Arrays.stream(row).sum())
                .toArray());
        return !Reliability.varies(total, itemVariances)
                ? Double.NaN
                : (double) k / (k - 1) * (1 - itemVariances / total);
    }

    private static double variance(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        return java.util.Arrays.stream(values).map(x -> (x - mean) * (x - mean)).sum() / (values.length - 1);
    }

    /** Equal, or both NaN; to within rounding (relative to the size of the figure, and at least 1e-6). */
    private static void assertClose(double actual, double expected, String why) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(why).isNaN();
        } else {
            assertThat(actual).as(why).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        }
    }

    // ---- the export ----

    private static List<Row> rows(Questionnaire q, Random random) {
        String[] services = {"Riverside", "Northgate", "Eastfield"};
        String[] roles = {"Staff", "Person who uses the service", ""};
        List<Row> rows = new ArrayList<>();
        int count = 2 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            rows.add(new Row(
                    services[random.nextInt(random.nextInt(3) + 1)],
                    roles[random.nextInt(3)],
                    RandomQuestionnaires.answers(q, random)));
        }
        return rows;
    }

    /** Writes the rows as a CSV export headed by question ids, and scores it as 'coprod score' does. */
    private BatchScoring score(Questionnaire q, List<Row> rows) throws IOException {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Service", "Role"));
        q.questions().forEach(question -> header.add(question.id()));
        Csv.row(csv, header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.service(), row.role()));
            q.questions()
                    .forEach(question ->
                            cells.add(Optional.ofNullable(row.answers().get(question.id()))
                                    .map(Response::label)
                                    .orElse("")));
            Csv.row(csv, cells);
        }
        Path export = Files.writeString(Files.createTempFile(dir, "export", ".csv"), csv);
        SurveyScorer scorer = new SurveyScorer(q, OPTIONS, null, null, Words.english());
        scorer.addExport(export);
        assertThat(scorer.problemCount())
                .as("every cell of the generated export is read")
                .isZero();
        return scorer.batch();
    }
}
