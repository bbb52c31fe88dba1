package org.coprod.core.scoring;

import java.util.OptionalDouble;

/** A 0-100 score with the answers behind it; empty when too few questions were answered for it to count. */
public record Score(OptionalDouble value, Counts counts) {
    public boolean known() {
        return value.isPresent();
    }
}
