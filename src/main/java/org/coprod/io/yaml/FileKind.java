package org.coprod.io.yaml;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
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
    QUESTIONNAIRE("a questionnaire"),
    ANSWERS("an answers file"),
    MAPPING("a mapping file"),
    SURVEY_EXPORT("a survey export"),
    REPORT("a report written by coprod"),
    UNKNOWN("");

    private final String described;

    FileKind(String described) {
        this.described = described;
    }

    /** The file's kind when its top level leaves no doubt; UNKNOWN when it does, so that it is checked field by field. */
    static FileKind of(String file, Node root) {
        if (!(root instanceof MappingNode)) {
            boolean delimited = root instanceof ScalarNode scalar && scalar.getValue().matches("(?s).*[,;\t].*");
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
    static Optional<Problem> mistaken(String file, Node root, FileKind wanted) {
        FileKind found = of(file, root);
        if (found == wanted || found == UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(wrongKind(file, found, wanted));
    }

    /** What the file is, what was wanted instead, and what to do with it, in one problem. */
    static Problem wrongKind(String file, FileKind found, FileKind wanted) {
        String what = (found == SURVEY_EXPORT ? "this looks like " : "this is ") + found.described + ", not "
                + wanted.described + ". ";
        return Problem.inFile(file, what + switch (found) {
            case QUESTIONNAIRE -> "To answer it: coprod assess " + file + "; to read it: coprod show " + file + ".";
            case ANSWERS -> "To see its report: coprod report " + file + ".";
            case MAPPING -> "It says which column of a survey export holds which question: give it to"
                    + " coprod score with --mapping " + file + ".";
            case REPORT -> switch (wanted) {
                case QUESTIONNAIRE -> "Give a built-in questionnaire's id (see 'coprod list') or a questionnaire file.";
                case MAPPING -> "Give a mapping file (the README shows how to write one).";
                default -> "Give the answers file it was made from; two results of 'coprod score' (JSON) can be compared"
                        + " with coprod compare.";
            };
            default -> "To score it: coprod score " + file + ".";
        });
    }

    /**
     * The text of a file that should be of the kind wanted. A survey export given instead (told by its name) is named
     * for what it is, rather than for the encoding a spreadsheet saved it in (UTF-16 "Unicode Text").
     */
    static String read(Path path, FileKind wanted) {
        try {
            return TextFiles.read(path);
        } catch (InvalidInputException e) {
            boolean utf16 = e.problems().size() == 1 && e.problems().get(0).message().contains("UTF-16");
            throw utf16 && FileNames.isSurveyExport(path) ? new InvalidInputException(
                    wrongKind(path.toString(), SURVEY_EXPORT, wanted)) : e;
        }
    }

    /**
     * The YAML tree of a file that should be of the kind wanted. A survey export given instead (told by its name) is
     * named for what it is, rather than by the first thing in it that is not YAML.
     */
    static Node compose(String file, String text, FileKind wanted) {
        try {
            return YamlDocuments.compose(file, text);
        } catch (InvalidInputException e) {
            throw FileNames.isSurveyExport(Path.of(file)) ? new InvalidInputException(wrongKind(file, SURVEY_EXPORT, wanted)) : e;
        }
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
