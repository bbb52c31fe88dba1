package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.model.UnscoredOption;
import org.coprod.core.scoring.ItemScore;
import org.coprod.core.scoring.Score;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring that hold for any questionnaire and any answers, checked on {@link RandomQuestionnaires#TRIES}
 * random cases each. A failure names the seed, which reproduces the case.
 */
class ScoringPropertiesTest {
    private static final Response NOT_APPLICABLE =
            Response.unscored(ResponseKind.NOT_APPLICABLE, new UnscoredOption("N/A", List.of()));

    @Test
    void every_score_is_from_0_to_100() throws Exception {
        RandomQuestionnaires.forEachCase(RandomQuestionnaires.TRIES, (seed, random, q) -> {
            Scorecard card = Scoring.score(q, RandomQuestionnaires.answers(q, random));
            String why = "seed " + seed;
            card.items().stream().map(ItemScore::score).forEach(s -> assertWithin0To100(s, why));
            card.sections().forEach(s -> assertWithin0To100(s.score().value(), why));
            card.dimensions().forEach(d -> assertWithin0To100(d.score().value(), why));
            assertWithin0To100(card.overall(), why);
            assertThat(card.verdict()).as(why).isNotNull();
        });
    }

    private static void assertWithin0To100(OptionalDouble score, String why) {
        score.ifPresent(value -> assertThat(value).as(why).isBetween(0.0, 100.0));
    }

    /** Turning every question's keying round turns every score s into 100 - s, and leaves unknown scores unknown. */
    @Test
    void reverse_keying_is_symmetric() {
        for (long seed = 1; seed <= RandomQuestionnaires.TRIES; seed++) {
            Questionnaire[] pair = RandomQuestionnaires.pairWithReverseFlipped(seed);
            Map<String, Response> answers = RandomQuestionnaires.answers(pair[0], new Random(seed * 31));
            Scorecard card = Scoring.score(pair[0], answers);
            Scorecard flipped = Scoring.score(pair[1], answers);
            for (int i = 0; i < card.items().size(); i++) {
                assertMirrored(
                        card.items().get(i).score(), flipped.items().get(i).score(), "seed " + seed + ", item " + i);
            }
            for (int s = 0; s < card.sections().size(); s++) {
                assertMirrored(
                        card.sections().get(s).score().value(),
                        flipped.sections().get(s).score().value(),
                        "seed " + seed + ", section " + s);
            }
            for (int d = 0; d < card.dimensions().size(); d++) {
                assertMirrored(
                        card.dimensions().get(d).score().value(),
                        flipped.dimensions().get(d).score().value(),
                        "seed " + seed + ", dimension " + d);
            }
        }
    }

    private static void assertMirrored(OptionalDouble score, OptionalDouble flipped, String why) {
        assertThat(flipped.isPresent()).as(why).isEqualTo(score.isPresent());
        if (score.isPresent()) {
            assertThat(score.getAsDouble() + flipped.getAsDouble()).as(why).isCloseTo(100.0, within(1e-9));
        }
    }

    /**
     * Marking a question "not applicable" (one that had no answer, or "don't know") never changes a score that was
     * known, and never makes it unknown: "not applicable" is left out altogether.
     */
    @Test
    void adding_a_not_applicable_never_changes_a_score() {
        int checked = 0;
        for (long seed = 1; seed <= RandomQuestionnaires.TRIES; seed++) {
            Random random = new Random(seed);
            Questionnaire q = RandomQuestionnaires.questionnaire(random, false);
            Map<String, Response> answers = RandomQuestionnaires.answers(q, random);
            List<Question> candidates = RandomQuestionnaires.unansweredOrDontKnow(q, answers);
            if (candidates.isEmpty()) {
                continue;
            }
            Map<String, Response> withNotApplicable = new LinkedHashMap<>(answers);
            withNotApplicable.put(
                    candidates.get(random.nextInt(candidates.size())).id(), NOT_APPLICABLE);
            Scorecard before = Scoring.score(q, answers);
            Scorecard after = Scoring.score(q, withNotApplicable);
            for (int s = 0; s < before.sections().size(); s++) {
                assertUnchangedIfKnown(
                        before.sections().get(s).score(),
                        after.sections().get(s).score(),
                        "seed " + seed);
            }
            for (int d = 0; d < before.dimensions().size(); d++) {
                assertUnchangedIfKnown(
                        before.dimensions().get(d).score(),
                        after.dimensions().get(d).score(),
                        "seed " + seed);
            }
            checked++;
        }
        assertThat(checked)
                .as("cases with a question to mark not applicable")
                .isGreaterThan(RandomQuestionnaires.TRIES / 2);
    }

    private static void assertUnchangedIfKnown(Score before, Score after, String why) {
        if (before.value().isPresent()) {
            assertThat(after.value()).as(why).hasValue(before.value().getAsDouble());
        }
    }

    /** Fully answered, a section's score is the weighted mean of its items' scores, so it lies between their extremes. */
    @Test
    void a_section_score_lies_between_its_lowest_and_highest_item() throws Exception {
        RandomQuestionnaires.forEachCase(RandomQuestionnaires.TRIES, (seed, random, q) -> {
            Scorecard card = Scoring.score(q, RandomQuestionnaires.fullyAnswered(q, random));
            for (var section : card.sections()) {
                double[] items = card.items().stream()
                        .filter(i -> i.question()
                                .sectionId()
                                .equals(section.section().id()))
                        .mapToDouble(i -> i.score().getAsDouble())
                        .toArray();
                double low = java.util.Arrays.stream(items).min().orElseThrow();
                double high = java.util.Arrays.stream(items).max().orElseThrow();
                assertThat(section.score().value().getAsDouble())
                        .as("seed " + seed)
                        .isBetween(low - 1e-9, high + 1e-9);
            }
        });
    }
}
