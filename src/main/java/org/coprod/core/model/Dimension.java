package org.coprod.core.model;

/** A cross-cutting score built from tagged questions, such as "shared planning" or "shared delivery". */
public record Dimension(String id, String name, String description) {}
