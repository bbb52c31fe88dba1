package org.coprod.core.model;

/** One test in a verdict rule: a score compared with a threshold. */
public record Condition(ScoreRef score, Comparison comparison, double threshold) {
    public enum Comparison {
        AT_LEAST("atLeast"),
        BELOW("below");

        public final String written;

        Comparison(String written) {
            this.written = written;
        }

        /**
         * A score that misses the threshold only by the rounding of the arithmetic counts as reaching it: the same
         * answers averaged in another order can give 49.99999999999999 as well as 50, and the verdict must not
         * depend on the order of the rows.
         */
        private static final double ROUNDING = 1e-9;

        public boolean test(double actual, double threshold) {
            boolean reaches = actual >= threshold - ROUNDING;
            return this == AT_LEAST ? reaches : !reaches;
        }
    }
}
