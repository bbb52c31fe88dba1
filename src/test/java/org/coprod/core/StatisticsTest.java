package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.coprod.core.batch.Reliability;
import org.coprod.core.batch.RunningStats;
import org.junit.jupiter.api.Test;

/** The batch statistics against values worked out by hand and against published worked examples. */
class StatisticsTest {
    private static Reliability reliability(double[][] rows) {
        int k = rows[0].length;
        int[] items = new int[k];
        for (int i = 0; i < k; i++) {
            items[i] = i;
        }
        Reliability r = new Reliability(items);
        for (double[] row : rows) {
            r.add(row);
        }
        return r;
    }

    @Test
    void mean_spread_and_95_percent_interval() {
        RunningStats stats = new RunningStats();
        for (double x : new double[] {10, 20, 30, 40}) {
            stats.add(x);
        }
        // mean 25; sd = sqrt((225 + 25 + 25 + 225) / 3) = 12.9099; half-width = t(0.975, 3) 3.1824463 x 12.9099 / 2 =
        // 20.5426
        assertThat(stats.mean()).isEqualTo(25);
        assertThat(stats.standardDeviation()).isCloseTo(12.9099, within(1e-4));
        assertThat(stats.halfWidth95()).isCloseTo(20.5426, within(1e-4));
        RunningStats one = new RunningStats();
        one.add(5);
        assertThat(one.standardDeviation()).isNaN();
    }

    @Test
    void two_sets_of_figures_put_together_give_those_of_all_the_values() {
        RunningStats first = new RunningStats();
        RunningStats second = new RunningStats();
        first.add(10);
        first.add(20);
        for (double x : new double[] {30, 40}) {
            second.add(x);
        }
        RunningStats together = new RunningStats();
        together.add(new RunningStats());
        together.add(first);
        together.add(second);
        // the same values as above, in two parts: mean 25, sd 12.9099
        assertThat(together.count()).isEqualTo(4);
        assertThat(together.mean()).isEqualTo(25);
        assertThat(together.standardDeviation()).isCloseTo(12.9099, within(1e-4));
        assertThat(first.count()).isEqualTo(2);
    }

    @Test
    void alpha_matches_a_published_worked_example() {
        // calkulon.com, "Cronbach's alpha" worked example: 4 respondents, 3 items.
        // Item variances 5/3, 2.75/3, 5/3 (sum 4.25); totals 13, 10, 15, 7 have variance 36.75/3 = 12.25;
        // alpha = 3/2 x (1 - 4.25/12.25) = 0.97959
        Reliability r = reliability(new double[][] {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}});
        assertThat(r.alpha()).isCloseTo(0.97959, within(1e-5));
        // item 1 against the others' total (9, 7, 10, 5): r = 8.5 / sqrt(5 x 14.75) = 0.98977
        assertThat(r.correctedItemTotal(0)).isCloseTo(0.98977, within(1e-5));
    }

    @Test
    void items_are_found_wherever_they_are_among_the_item_scores() {
        double[][] rows = {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}};
        Reliability scattered = new Reliability(new int[] {5, 0, 3});
        for (double[] row : rows) {
            scattered.add(new double[] {row[1], -1, -1, row[2], -1, row[0]});
        }
        assertThat(scattered.alpha()).isEqualTo(reliability(rows).alpha());
        assertThat(scattered.correctedItemTotal(0)).isCloseTo(0.98977, within(1e-5));
    }

    @Test
    void alpha_matches_a_second_worked_example() {
        // askan.ai worked example: 5 respondents, items A, B, C. Item variances 0.7, 0.8, 0.7 (sum 2.2); totals
        // 10, 9, 13, 8, 12 have variance 4.3; alpha = 1.5 x (1 - 2.2 / 4.3) = 0.73256
        Reliability r = reliability(new double[][] {{3, 4, 3}, {2, 3, 4}, {4, 4, 5}, {3, 2, 3}, {4, 4, 4}});
        assertThat(r.alpha()).isCloseTo(0.73256, within(1e-5));
    }

    /** Found by BatchPropertiesTest: rounding left the total a variance of 4e-12, and alpha came out as -3.7 x 10^14. */
    @Test
    void items_that_always_add_up_to_the_same_total_have_no_alpha() {
        // a question and its reverse-keyed twin, both on a four-point scale, answered alike: the total is always 100
        double third = 100.0 / 3;
        Reliability r = reliability(new double[][] {{0, 100}, {0, 100}, {third, 100 - third}});
        assertThat(r.alpha()).isNaN();
        assertThat(r.correctedItemTotal(0)).isCloseTo(-1, within(1e-9));
    }

    @Test
    void an_item_everyone_answered_the_same_way_is_noticed() {
        Reliability r = reliability(new double[][] {{1, 3}, {2, 3}, {3, 3}});
        assertThat(r.neverVaries(1)).isTrue();
        assertThat(r.correctedItemTotal(1)).isNaN();
        assertThat(r.neverVaries(0)).isFalse();
    }
}
