package org.coprod.core.scoring;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a service's figures changed between two rounds. A change is the difference of the figures as shown (to one
 * decimal place), so it matches what a reader works out from the report; it counts as better or worse from
 * {@link #NOTABLE_CHANGE} points, and smaller changes as about the same.
 */
public final class Comparison {
    public static final double NOTABLE_CHANGE = 5;

    public enum Direction {
        BETTER,
        WORSE,
        SAME,
        UNKNOWN
    }

    /** One measure before and after. */
    public record Change(String id, OptionalDouble before, OptionalDouble after) {
        public OptionalDouble difference() {
            return before.isPresent() && after.isPresent()
                    ? OptionalDouble.of(
                            Figures.shown(Figures.shown(after.getAsDouble()) - Figures.shown(before.getAsDouble())))
                    : OptionalDouble.empty();
        }

        public Direction direction() {
            OptionalDouble difference = difference();
            if (difference.isEmpty()) {
                return Direction.UNKNOWN;
            }
            double d = difference.getAsDouble();
            return d >= NOTABLE_CHANGE ? Direction.BETTER : d <= -NOTABLE_CHANGE ? Direction.WORSE : Direction.SAME;
        }
    }

    /** A service in both rounds: each measure's change, the average's, and whether the verdict moved. */
    public record ServiceChange(Snapshot before, Snapshot after, List<Change> changes, Change average) {
        /** By the verdicts' ids when both rounds give them, so that a round reported in Welsh and one in English compare. */
        public boolean verdictChanged() {
            if (before.verdictId().isPresent() && after.verdictId().isPresent()) {
                return !before.verdictId().equals(after.verdictId());
            }
            return !before.verdict().equals(after.verdict());
        }
    }

    private Comparison() {}

    /** Compares two snapshots on the measures given, in that order. */
    public static ServiceChange compare(Snapshot before, Snapshot after, List<String> measureIds) {
        List<Change> changes = measureIds.stream()
                .map(id -> new Change(id, before.measure(id), after.measure(id)))
                .toList();
        return new ServiceChange(before, after, changes, new Change("average", before.average(), after.average()));
    }
}
