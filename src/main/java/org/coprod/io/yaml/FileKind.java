package org.coprod.io.yaml;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coprod.io.Problem;
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
    UNKNOWN("");

    private final String described;

    FileKind(String described) {
        this.described = described;
    }

    /** The file's kind when its top level leaves no doubt; UNKNOWN when it does, so that it is checked field by field. */
    static FileKind of(String file, Node root) {
        if (!(root instanceof MappingNode)) {
            boolean delimited = root instanceof ScalarNode scalar && scalar.getValue().matches("(?s).*[,;\t].*");
            return delimited || file.toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|txt)") ? SURVEY_EXPORT : UNKNOWN;
        }
        Set<String> keys = keysOf(root);
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
        String what = (found == SURVEY_EXPORT ? "this looks like " : "this is ") + found.described + ", not "
                + wanted.described + ". ";
        return Optional.of(Problem.inFile(file, what + switch (found) {
            case QUESTIONNAIRE -> "To answer it: coprod assess " + file + "; to read it: coprod show " + file + ".";
            case ANSWERS -> "To see its report: coprod report " + file + ".";
            case MAPPING -> "It says which column of a survey export holds which question: give it to"
                    + " coprod score with --mapping " + file + ".";
            default -> "To score it: coprod score " + file + ".";
        }));
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
