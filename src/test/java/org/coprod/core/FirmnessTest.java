package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

/**
 * How firm a verdict is, on a questionnaire built here: one dimension "say" (highest of q1, q2) and one "work" (mean of
 * w1, w2), rules "both" (say >= 75 and work >= 50), "say" (say >= 75), fallback "none". Answers are 0, 1, 2 (0, 50, 100).
 */
class FirmnessTest {
    private final Questionnaire q = ThreeStepQuestionnaire.of("""
            dimensions:
              - {id: say, name: Say, combine: highest}
              - {id: work, name: Work}
            questions:
              - {id: q1, section: p, text: Q1, answerSet: three, dimensions: [say]}
              - {id: q2, section: p, text: Q2, answerSet: three, dimensions: [say]}
              - {id: w1, section: p, text: W1, answerSet: three, dimensions: [work]}
              - {id: w2, section: p, text: W2, answerSet: three, dimensions: [work]}
            verdict:
              rules:
                - id: both
                  label: Both
                  when: [{score: "dimension:say", atLeast: 75}, {score: "dimension:work", atLeast: 50}]
                - id: say
                  label: Say
                  when: [{score: "dimension:say", atLeast: 75}]
              fallback: {id: none, label: None}
              insufficientData: {id: unknown, label: Unknown}
            """);

    private Map<String, Response> answers(String... idsAndLabels) {
        Map<String, Response> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            String label = idsAndLabels[i + 1];
            answers.put(
                    idsAndLabels[i], q.answerSets().get("three").match(label).orElseThrow());
        }
        return answers;
    }

    @Test
    void one_step_down_on_the_only_high_answer_moves_the_verdict_so_it_is_only_just() {
        // say = max(100, 0) = 100; work = (50 + 50) / 2 = 50: "both". q1 High -> Mid gives say 50: "none".
        // w1 or w2 Mid -> Low gives work 25: "say". Every other move keeps "both".
        Map<String, Response> given = answers("q1", "High", "q2", "Low", "w1", "Mid", "w2", "Mid");
        assertThat(Scoring.score(q, given).verdict().outcome().id()).isEqualTo("both");
        Firmness firmness = Firmness.of(q, given);
        assertThat(firmness.level()).isEqualTo(Firmness.Level.ONLY_JUST);
        assertThat(firmness.count()).isEqualTo(3);
        assertThat(firmness.shifts())
                .extracting(s -> s.moves().get(0).question().id() + " "
                        + s.moves().get(0).to().label() + " -> " + s.becomes().id())
                .containsExactly("q1 Mid -> none", "w1 Low -> say", "w2 Low -> say");
    }

    @Test
    void two_high_answers_of_a_highest_dimension_need_two_moves_so_it_is_fairly_firm() {
        // say = max(100, 100); work = 100: no single step changes "both" (work 75 still >= 50, say still 100);
        // q1 and q2 both Mid gives say 50: "none"; w1 and w2 both Mid gives work 50: still "both".
        Map<String, Response> given = answers("q1", "High", "q2", "High", "w1", "High", "w2", "High");
        Firmness firmness = Firmness.of(q, given);
        assertThat(firmness.level()).isEqualTo(Firmness.Level.FAIRLY_FIRM);
        assertThat(firmness.count()).isEqualTo(1);
        assertThat(firmness.shifts().get(0).moves())
                .extracting(m -> m.question().id())
                .containsExactly("q1", "q2");
        assertThat(firmness.shifts().get(0).becomes().id()).isEqualTo("none");
    }

    @Test
    void far_from_every_line_it_is_firm() {
        // say = 0, work = 0: "none". One or two steps up reach at most say 50: still "none".
        Map<String, Response> given = answers("q1", "Low", "q2", "Low", "w1", "Low", "w2", "Low");
        Firmness firmness = Firmness.of(q, given);
        assertThat(firmness.level()).isEqualTo(Firmness.Level.FIRM);
        assertThat(firmness.count()).isZero();
    }

    @Test
    void not_applicable_answers_are_never_moved() {
        Map<String, Response> given = answers("q1", "High", "q2", "Not applicable", "w1", "High", "w2", "High");
        assertThat(Firmness.of(q, given).shifts())
                .allMatch(
                        s -> s.moves().stream().noneMatch(m -> m.question().id().equals("q2")));
    }

    /** Every stated change, applied to the answers, really gives the verdict the report names: checked on the suite. */
    @Test
    void every_change_named_for_the_suite_of_services_really_changes_the_verdict() throws Exception {
        try (var files = Files.list(Path.of("examples", "services"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                var result = org.coprod.io.yaml.AnswersReader.read(
                        file, org.coprod.io.yaml.Catalogue::builtIn, Words.english());
                Questionnaire questionnaire = result.questionnaire();
                Map<String, Response> responses = result.assessment().responses();
                String verdict = Scoring.score(questionnaire, responses)
                        .verdict()
                        .outcome()
                        .id();
                Firmness firmness = Firmness.of(questionnaire, responses);
                for (Firmness.Shift shift : firmness.shifts()) {
                    Map<String, Response> moved = new LinkedHashMap<>(responses);
                    for (Firmness.Move move : shift.moves()) {
                        AnswerOption to = move.to();
                        moved.put(move.question().id(), Response.scored(to));
                    }
                    assertThat(Scoring.score(questionnaire, moved)
                                    .verdict()
                                    .outcome()
                                    .id())
                            .as(file + " " + shift)
                            .isEqualTo(shift.becomes().id())
                            .isNotEqualTo(verdict);
                }
                if (firmness.level() != Firmness.Level.ONLY_JUST) {
                    assertNoSingleMoveChanges(file, questionnaire, responses, verdict);
                }
            }
        }
    }

    private static void assertNoSingleMoveChanges(
            Path file, Questionnaire questionnaire, Map<String, Response> responses, String verdict) {
        for (var entry : responses.entrySet()) {
            if (!entry.getValue().isScored()) {
                continue;
            }
            var options = questionnaire
                    .answerSetOf(questionnaire.question(entry.getKey()).orElseThrow())
                    .options();
            int at = options.indexOf(entry.getValue().option());
            for (int step : new int[] {-1, 1}) {
                if (at + step >= 0 && at + step < options.size()) {
                    Map<String, Response> moved = new LinkedHashMap<>(responses);
                    moved.put(entry.getKey(), Response.scored(options.get(at + step)));
                    assertThat(Scoring.score(questionnaire, moved)
                                    .verdict()
                                    .outcome()
                                    .id())
                            .as(file + " " + entry.getKey())
                            .isEqualTo(verdict);
                }
            }
        }
    }
}
