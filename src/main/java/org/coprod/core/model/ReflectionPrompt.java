package org.coprod.core.model;

/** A free-text question asked at the end of a self-assessment, such as "What surprised you?". */
public record ReflectionPrompt(String id, String prompt) {}
