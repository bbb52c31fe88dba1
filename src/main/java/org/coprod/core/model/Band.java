package org.coprod.core.model;

/** A named range of scores, from {@code from} (inclusive) up to the next band's start. */
public record Band(String id, String label, double from, String meaning) {}
