package org.coprod.core.model;

import java.util.Comparator;
import java.util.List;

/** How answers become scores: the minimum answered fraction and the bands, ordered from the lowest. */
public record ScoringRules(double minimumAnsweredFraction, List<Band> bands) {
    public ScoringRules {
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::from)).toList();
    }

    public Band bandFor(double score) {
        Band found = bands.get(0);
        for (Band band : bands) {
            if (score >= band.from()) {
                found = band;
            }
        }
        return found;
    }
}
