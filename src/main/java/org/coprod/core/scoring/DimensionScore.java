package org.coprod.core.scoring;

import org.coprod.core.model.Dimension;

public record DimensionScore(Dimension dimension, Score score) {}
