package org.coprod.core.model;

import java.util.List;

/** A named range of scores, from {@code from} (inclusive) up to the next band's start. */
public record Band(String id, String label, double from, String meaning) {
    /** The position, in bands ordered lowest first, of the band a score falls in. */
    public static int indexFor(List<Band> bands, double score) {
        int found = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (score >= bands.get(i).from()) {
                found = i;
            }
        }
        return found;
    }
}
