package org.coprod.core.scoring;

import java.util.Optional;
import org.coprod.core.model.Band;
import org.coprod.core.model.Section;

public record SectionScore(Section section, Score score, Optional<Band> band) {}
