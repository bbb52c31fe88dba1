package org.coprod.core.model;

/**
 * A principle section is scored, banded and counted in the overall score.
 * A context section (for example "who plans and who delivers") is scored but feeds only the dimensions
 * and its own line in the report; it is left out of "every principle", "the weakest" and "the average".
 */
public enum SectionKind {
    PRINCIPLE,
    CONTEXT
}
