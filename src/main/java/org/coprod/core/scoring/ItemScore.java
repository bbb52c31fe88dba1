package org.coprod.core.scoring;

import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.model.Question;
import org.coprod.core.model.Response;

/** One question's answer and, when it was a scored answer, its 0-100 score after any reverse keying. */
public record ItemScore(Question question, Optional<Response> response, OptionalDouble score) {}
