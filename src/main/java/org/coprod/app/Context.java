package org.coprod.app;

/**
 * What every use case runs with.
 *
 * @param commandName how the user runs coprod ("coprod", or "./coprod" from a clone), for the commands a message suggests
 */
public record Context(String commandName) {}
