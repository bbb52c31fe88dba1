package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coprod.TestFiles.responses;

import java.util.Map;
import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.Counts;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.scoring.SectionScore;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

/** Scores checked against values computed by hand (the working is in each comment). */
class ScoringTest {
    private final Questionnaire tiny = TestFiles.tiny();

    private Scorecard score(String... answers) {
        return Scoring.score(tiny, responses(tiny, answers));
    }

    private static SectionScore section(Scorecard card, String id) {
        return card.sections().stream()
                .filter(s -> s.section().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static double dimension(Scorecard card, String id) {
        return card.dimensions().stream()
                .filter(d -> d.dimension().id().equals(id))
                .findFirst()
                .orElseThrow()
                .score()
                .value()
                .getAsDouble();
    }

    @Test
    void worked_example_matches_hand_computation() {
        Scorecard card = score(
                "a1",
                "Often",
                "a2",
                "Rarely",
                "a3",
                "Always",
                "a4",
                "Not applicable",
                "b1",
                "Partly",
                "b2",
                "No",
                "c1",
                "Always",
                "c2",
                "Sometimes",
                "c3",
                "Often",
                "c4",
                "Never");
        // a1 Often = (4-1)/4 = 75; a2 Rarely reversed = 1+5-2 = 4 -> 75; a3 Always = 100 with weight 2; a4 not
        // applicable.
        // alpha = (75 + 75 + 2*100) / (1 + 1 + 2) = 350 / 4 = 87.5
        assertThat(section(card, "alpha").score().value().getAsDouble()).isEqualTo(87.5);
        assertThat(section(card, "alpha").band().orElseThrow().id()).isEqualTo("high");
        assertThat(section(card, "alpha").score().counts()).isEqualTo(new Counts(4, 3, 1, 0, 0));
        // b1 Partly = (1-0)/2 = 50; b2 No = 0; beta = 25
        assertThat(section(card, "beta").score().value().getAsDouble()).isEqualTo(25);
        assertThat(section(card, "beta").band().orElseThrow().id()).isEqualTo("low");
        // plan = (b1 50 + c1 100) / 2 = 75; deliver = (b2 0 + c2 50) / 2 = 25; staff = c3 75; views = c4 0
        assertThat(dimension(card, "plan")).isEqualTo(75);
        assertThat(dimension(card, "deliver")).isEqualTo(25);
        assertThat(dimension(card, "staff")).isEqualTo(75);
        assertThat(dimension(card, "views")).isEqualTo(0);
        // overall = mean of the principles only (the context section is left out): (87.5 + 25) / 2
        assertThat(card.overall().getAsDouble()).isEqualTo(56.25);
        assertThat(card.weakest().orElseThrow().section().id()).isEqualTo("beta");
        assertThat(card.verdict().outcome().id()).isEqualTo("voice");
        assertThat(card.verdict().explanation(Words.english()))
                .isEqualTo("Voice, because shared planning is 75 (at least 50); but shared delivery is 25, below 50.");
    }

    @Test
    void reverse_keying_uses_the_declared_range_not_the_answers_given() {
        // Only "Sometimes" (3) is given, so the observed range is 3..3; the declared range 1..5 must be used.
        assertThat(score("a2", "Sometimes", "a1", "Sometimes")
                        .sections()
                        .get(0)
                        .score()
                        .value()
                        .getAsDouble())
                .isEqualTo(50);
        var plan = org.coprod.core.scoring.ScoringPlan.of(tiny);
        assertThat(plan.itemScore(plan.indexOf("a2"), 1)).isEqualTo(100);
        assertThat(plan.itemScore(plan.indexOf("a2"), 5)).isEqualTo(0);
        assertThat(plan.itemScore(plan.indexOf("a1"), 2)).isEqualTo(25);
        // the three-point set: No 0, Partly 1, Yes 2
        assertThat(plan.itemScore(plan.indexOf("b1"), 1)).isEqualTo(50);
    }

    @Test
    void not_applicable_leaves_the_denominator_and_dont_know_counts_as_unanswered() {
        // a1 Always (100), a2 not applicable, a3 don't know, a4 unanswered: 1 of 3 applicable answered, below one half
        Scorecard card = score("a1", "Always", "a2", "N/A", "a3", "DK");
        SectionScore alpha = section(card, "alpha");
        assertThat(alpha.score().known()).isFalse();
        assertThat(alpha.band()).isEmpty();
        assertThat(alpha.score().counts()).isEqualTo(new Counts(4, 1, 1, 1, 1));
    }

    @Test
    void a_section_exactly_at_the_minimum_answered_fraction_is_scored() {
        // 2 of 4 answered = exactly 0.5: counts. (a1 Never 0 + a2 Never reversed 100) / 2 = 50
        Scorecard card = score("a1", "Never", "a2", "Never");
        assertThat(section(card, "alpha").score().value().getAsDouble()).isEqualTo(50);
        assertThat(section(card, "alpha").band().orElseThrow().id()).isEqualTo("mid");
        // 1 of 4 answered = 0.25: too few, and never shown as 0
        assertThat(section(score("a1", "Never"), "alpha").score().known()).isFalse();
    }

    @Test
    void a_score_exactly_on_a_band_threshold_takes_the_higher_band() {
        assertThat(tiny.scoring().bandFor(75).id()).isEqualTo("high");
        assertThat(tiny.scoring().bandFor(74.999).id()).isEqualTo("mid");
        assertThat(tiny.scoring().bandFor(50).id()).isEqualTo("mid");
        assertThat(tiny.scoring().bandFor(0).id()).isEqualTo("low");
    }

    @Test
    void answers_match_labels_aliases_and_values_regardless_of_case_and_space() {
        var set = tiny.answerSets().get("five");
        assertThat(set.match("  often ").map(Response::label)).contains("Often");
        assertThat(set.match("a").map(Response::label)).contains("Always");
        assertThat(set.match("4").map(Response::label)).contains("Often");
        assertThat(set.match("4.0").map(Response::label)).contains("Often");
        assertThat(set.match("n/a").map(Response::kind)).contains(org.coprod.core.model.ResponseKind.NOT_APPLICABLE);
        assertThat(set.match("Don’t know").map(Response::kind)).contains(org.coprod.core.model.ResponseKind.DONT_KNOW);
        assertThat(set.match("Sometimes\u00a0")).isPresent();
        assertThat(set.match("Offen")).isEmpty();
        assertThat(set.match("6")).isEmpty();
    }

    @Test
    void no_answers_gives_no_scores_and_an_undecided_verdict() {
        Scorecard card = Scoring.score(tiny, Map.of());
        assertThat(card.sections()).allMatch(s -> !s.score().known());
        assertThat(card.overall()).isEmpty();
        assertThat(card.verdict().decided()).isFalse();
        assertThat(card.verdict().outcome().id()).isEqualTo("unknown");
    }

    @Test
    void actions_are_ranked_by_principle_score_then_by_how_low_their_questions_scored() {
        // alpha: a1 Never (0), a2 Always reversed (0), a3 Sometimes (50, weight 2) -> (0+0+100)/4 = 25
        // beta: b1 Yes (100), b2 Partly (50) -> 75, the top band, so it gets no actions
        Scorecard card = score("a1", "Never", "a2", "Always", "a3", "Sometimes", "b1", "Yes", "b2", "Partly");
        var ranked = ActionPlan.rank(card);
        // "Fix a1" addresses a1 (need 100); "Fix a2 and a3" addresses a2 (100) and a3 (50): need 75
        assertThat(ranked).extracting(a -> a.action().text()).containsExactly("Fix a1", "Fix a2 and a3");
        assertThat(ranked.get(1).need()).isCloseTo(75, within(1e-9));
        // the first steps are the plan's first three, so both actions of the one principle below the top band
        assertThat(ActionPlan.firstSteps(card, 3))
                .extracting(a -> a.action().text())
                .containsExactly("Fix a1", "Fix a2 and a3");
    }

    @Test
    void an_action_whose_questions_were_all_not_applicable_or_unanswered_is_never_suggested() {
        Scorecard card = score("a1", "Not applicable", "a2", "Always", "a3", "Sometimes", "b1", "Yes", "b2", "Partly");
        assertThat(ActionPlan.rank(card)).extracting(a -> a.action().text()).containsExactly("Fix a2 and a3");
        Scorecard unanswered = score("a2", "Always", "a3", "Sometimes", "b1", "Yes", "b2", "Partly");
        assertThat(ActionPlan.rank(unanswered))
                .extracting(a -> a.action().text())
                .containsExactly("Fix a2 and a3");
    }
}
