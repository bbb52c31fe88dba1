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

        public boolean test(double actual, double threshold) {
            return this == AT_LEAST ? actual >= threshold : actual < threshold;
        }
    }
}
