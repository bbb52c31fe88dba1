package org.coprod.core.model;

/** What sort of answer a question got. Only {@link #SCORED} answers count towards a score. */
public enum ResponseKind {
    SCORED,
    NOT_APPLICABLE,
    DONT_KNOW
}
