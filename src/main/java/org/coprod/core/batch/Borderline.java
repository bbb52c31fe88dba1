package org.coprod.core.batch;

import org.coprod.core.model.VerdictOutcome;
import org.coprod.core.scoring.ConditionCheck;

/**
 * A deciding figure of a group's verdict whose 95% interval crosses its threshold, so the respondents' answers do not
 * settle which side of the line the service is on: the verdict on the other side is {@code otherSide}.
 */
public record Borderline(ConditionCheck check, String figure, double low, double high, VerdictOutcome otherSide) {}
