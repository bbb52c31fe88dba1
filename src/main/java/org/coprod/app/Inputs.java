package org.coprod.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** The files a command reads, which its outputs must never be written over. */
public final class Inputs {
    private Inputs() {}

    /** The questionnaire's file, when the questionnaire was given as a file rather than a built-in id. */
    public static List<Path> questionnaireFile(String questionnaire) {
        if (questionnaire == null) {
            return List.of();
        }
        try {
            Path path = Path.of(questionnaire);
            return Files.exists(path) ? List.of(path) : List.of();
        } catch (InvalidPathException e) {
            return List.of();
        }
    }
}
