package org.coprod.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.SuggestedAction;
import org.junit.jupiter.api.Test;

/** Issue 15: principles with equal scores are never left out or put first silently. */
class ActionPlanTiesTest {
    private static PlannedAction action(String principle, double score, int step) {
        Section section = new Section(principle, principle, SectionKind.PRINCIPLE, "", "", "", List.of());
        return new PlannedAction(
                section, score, new SuggestedAction(principle + step, List.of(), List.of(), List.of()), 50, List.of());
    }

    /** A plan in its order: a (10), b (20), c and d (30, equal), e (40); two actions each, taken in turn. */
    private static final List<PlannedAction> PLAN = List.of(
            action("a", 10, 1),
            action("b", 20, 1),
            action("c", 30, 1),
            action("d", 30.04, 1),
            action("e", 40, 1),
            action("a", 10, 2),
            action("b", 20, 2),
            action("c", 30, 2),
            action("d", 30.04, 2),
            action("e", 40, 2));

    @Test
    void a_principle_tied_with_the_last_one_planned_is_planned_too() {
        assertThat(ActionPlan.forWeakest(PLAN, 3))
                .extracting(a -> a.action().text())
                .containsExactly("a1", "b1", "c1", "d1", "a2", "b2", "c2", "d2");
        assertThat(ActionPlan.forWeakest(PLAN, 2))
                .extracting(a -> a.action().text())
                .containsExactly("a1", "b1", "a2", "b2");
    }

    @Test
    void the_first_steps_are_the_plan_s_first_steps() {
        assertThat(ActionPlan.firstSteps(PLAN, 3))
                .extracting(a -> a.action().text())
                .containsExactly("a1", "b1", "c1");
    }

    @Test
    void principles_shown_with_the_same_score_are_named_as_tied() {
        // 30 and 30.04 are both shown as 30
        assertThat(ActionPlan.ties(ActionPlan.forWeakest(PLAN, 3)))
                .singleElement()
                .satisfies(group ->
                        assertThat(group).extracting(a -> a.section().id()).containsExactly("c", "d"));
        assertThat(ActionPlan.ties(ActionPlan.forWeakest(PLAN, 2))).isEmpty();
    }
}
