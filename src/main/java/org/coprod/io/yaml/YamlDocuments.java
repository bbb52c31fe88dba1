package org.coprod.io.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses YAML text into a node tree that remembers where each value stands, within bounds:
 * few aliases (no "billion laughs"), limited nesting, limited size, no value longer than a long essay. Values are
 * never turned into Java objects by the parser, so a file can name no class to build.
 */
public final class YamlDocuments {
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** Far more than any note or question needs, and few enough that no value can swamp a message or a report. */
    static final int LONGEST_VALUE = 100_000;

    private YamlDocuments() {}

    public static Node compose(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true); // duplicates are reported by MapView with both places
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                throw new InvalidInputException(Problem.inFile(file, "the file has no content, only comments or blank lines."));
            }
            refuseHugeValues(file, root);
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = plain(e.getProblem() != null ? e.getProblem() : e.getMessage());
            String context = e.getContext() != null ? " (" + plain(e.getContext()) + ")" : "";
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            throw new InvalidInputException(new Problem(file, line, column, problem.contains("\\t(TAB)")
                    ? "there is a tab here; YAML needs spaces, not tabs, to indent lines."
                    : "this is not valid YAML: " + problem + context + "."));
        } catch (YAMLException e) {
            throw new InvalidInputException(Problem.inFile(file, "this file cannot be read as YAML: " + limitMessage(e) + "."));
        } catch (IllegalArgumentException e) {
            // found by fuzzing: SnakeYAML checks a tag such as !%3 only after reading it, and with this exception
            throw new InvalidInputException(Problem.inFile(file, "this file cannot be read as YAML: it has a tag (a word"
                    + " starting with !) that is not valid."));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(Problem.inFile(file, "the file is nested too deeply to be a questionnaire or answers file."));
        }
    }

    /** A document that is one long value (such as a survey export given by mistake) is left to the readers to name. */
    private static void refuseHugeValues(String file, Node root) {
        if (root instanceof ScalarNode) {
            return;
        }
        Deque<Node> unseen = new ArrayDeque<>(List.of(root));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!unseen.isEmpty()) {
            Node node = unseen.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof ScalarNode scalar && scalar.getValue().length() > LONGEST_VALUE) {
                throw new InvalidInputException(new Problem(file, node.getStartMark().getLine() + 1,
                        node.getStartMark().getColumn() + 1, String.format(Locale.ROOT, "this value is %,d characters long;"
                                + " a value can have at most %,d.", scalar.getValue().length(), LONGEST_VALUE)));
            } else if (node instanceof MappingNode mapping) {
                mapping.getValue().forEach(tuple -> {
                    unseen.push(tuple.getKeyNode());
                    unseen.push(tuple.getValueNode());
                });
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(unseen::push);
            }
        }
    }

    private static String limitMessage(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return "it uses too many aliases (*name); at most " + MAX_ALIASES + " are allowed";
        }
        if (message.contains("Nesting Depth")) {
            return "it is nested more than " + MAX_NESTING + " levels deep";
        }
        if (message.contains("code points")) {
            return "it is too large";
        }
        return plain(message);
    }

    private static String plain(String message) {
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
    }
}
