package org.coprod.core.model;

import java.util.Comparator;
import java.util.List;

/** How answers become scores: the minimum answered fraction and the bands, ordered from the lowest. */
public record ScoringRules(double minimumAnsweredFraction, List<Band> bands) {
    public ScoringRules {
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::from)).toList();
    }

    public Band bandFor(double score) {
        return bands.get(Band.indexFor(bands, score));
    }
}
