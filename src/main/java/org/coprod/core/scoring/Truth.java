package org.coprod.core.scoring;

/** Whether a condition holds; UNKNOWN when a score it needs has too little data. */
public enum Truth {
    HOLDS,
    FAILS,
    UNKNOWN;

    public Truth and(Truth other) {
        if (this == FAILS || other == FAILS) {
            return FAILS;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : HOLDS;
    }
}
