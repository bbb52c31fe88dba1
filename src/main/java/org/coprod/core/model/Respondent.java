package org.coprod.core.model;

/** Who answered: a role (such as "service manager" or "person who uses the service") and an optional name. */
public record Respondent(String role, String name) {}
