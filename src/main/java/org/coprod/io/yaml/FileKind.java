package org.coprod.io.yaml;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.words.Words;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TextFiles;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What kind of file a user gave, told from its content: so that an answers file given where a questionnaire belongs
 * (or the other way round, or a survey export) is named for what it is in one line, instead of as a list of every
 * field it lacks.
 */
enum FileKind {
    QUESTIONNAIRE("questionnaire"),
    ANSWERS("answers"),
    MAPPING("mapping"),
    SURVEY_EXPORT("survey-export"),
    REPORT("report"),
    UNKNOWN("unknown");

    /** The part of its keys in yaml.properties: yaml.kind.NAME says what it is, yaml.kind.advice.NAME what to do. */
    private final String name;

    FileKind(String name) {
        this.name = name;
    }

    /** The file's kind when its top level leaves no doubt; UNKNOWN when it does, so that it is checked field by field. */
    static FileKind of(String file, Node root) {
        if (!(root instanceof MappingNode)) {
            boolean delimited =
                    root instanceof ScalarNode scalar && scalar.getValue().matches("(?s).*[,;\t].*");
            return delimited || FileNames.isSurveyExport(Path.of(file)) ? SURVEY_EXPORT : UNKNOWN;
        }
        Set<String> keys = keysOf(root);
        if (keys.contains("report") && keys.contains("formatVersion")) {
            return REPORT;
        }
        boolean questionnaire = keys.contains("questions") || keys.contains("answerSets") || keys.contains("sections");
        boolean answers = keys.contains("questionnaire") || keys.contains("answers");
        if (questionnaire != answers) {
            return questionnaire ? QUESTIONNAIRE : ANSWERS;
        }
        return !questionnaire && keys.contains("columns") ? MAPPING : UNKNOWN;
    }

    /** One problem saying what the file is and what to do with it, when it is known to be of another kind than wanted. */
    static Optional<Problem> mistaken(String file, Node root, FileKind wanted, Words words) {
        FileKind found = of(file, root);
        if (found == wanted || found == UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(wrongKind(file, found, wanted, words));
    }

    /** {@link #mistaken(String, Node, FileKind, Words)} in English. */
    static Optional<Problem> mistaken(String file, Node root, FileKind wanted) {
        return mistaken(file, root, wanted, englishForMappingReader());
    }

    /** What the file is, what was wanted instead, and what to do with it, in one problem. */
    static Problem wrongKind(String file, FileKind found, FileKind wanted, Words words) {
        String what = words.get(
                found == SURVEY_EXPORT ? "yaml.kind.looks-like" : "yaml.kind.is",
                words.get("yaml.kind." + found.name),
                words.get("yaml.kind." + wanted.name));
        return Problem.inFile(file, what + " " + words.get("yaml.kind.advice." + found.advice(wanted), file));
    }

    /** Which advice to give for a file of this kind, given where one of the kind {@code wanted} belongs. */
    private String advice(FileKind wanted) {
        return this == REPORT && (wanted == QUESTIONNAIRE || wanted == MAPPING) ? name + "-for-" + wanted.name : name;
    }

    /**
     * The text of a file that should be of the kind wanted. A survey export given instead (told by its name) is named
     * for what it is, rather than for the encoding a spreadsheet saved it in (UTF-16 "Unicode Text").
     */
    static String read(Path path, FileKind wanted, Words words) {
        try {
            return TextFiles.read(path, words);
        } catch (InvalidInputException e) {
            boolean utf16 =
                    e.problems().size() == 1 && e.problems().get(0).message().equals(words.get("io.read.utf-16"));
            throw utf16 && FileNames.isSurveyExport(path)
                    ? new InvalidInputException(wrongKind(path.toString(), SURVEY_EXPORT, wanted, words))
                    : e;
        }
    }

    /** {@link #read(Path, FileKind, Words)} in English. */
    static String read(Path path, FileKind wanted) {
        return read(path, wanted, englishForMappingReader());
    }

    /**
     * The YAML tree of a file that should be of the kind wanted. A survey export given instead (told by its name) is
     * named for what it is, rather than by the first thing in it that is not YAML.
     */
    static Node compose(String file, String text, FileKind wanted, Words words) {
        try {
            return YamlDocuments.compose(file, text, words);
        } catch (InvalidInputException e) {
            throw FileNames.isSurveyExport(Path.of(file))
                    ? new InvalidInputException(wrongKind(file, SURVEY_EXPORT, wanted, words))
                    : e;
        }
    }

    /** {@link #compose(String, String, FileKind, Words)} in English. */
    static Node compose(String file, String text, FileKind wanted) {
        return compose(file, text, wanted, englishForMappingReader());
    }

    /** The language of the methods without a Words: MappingReader's, until it passes the run's. */
    private static Words englishForMappingReader() {
        return Words.english();
    }

    static Set<String> keysOf(Node node) {
        Set<String> keys = new LinkedHashSet<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> {
                if (t.getKeyNode() instanceof ScalarNode s) {
                    keys.add(s.getValue());
                }
            });
        }
        return keys;
    }
}
