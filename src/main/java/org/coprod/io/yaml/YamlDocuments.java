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
    public static final int LONGEST_VALUE = 100_000;

    /**
     * Lines longer than this are refused before SnakeYAML sees them, whose handling of one long line takes time out of
     * proportion (44 s for 3.9 MB). Shorter ones are parsed, so that a value a little too long is named at its place.
     */
    static final int LONGEST_LINE = 4 * LONGEST_VALUE;

    private YamlDocuments() {}

    public static Node compose(String file, String text) {
        refuseLongLines(file, text);
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
            throw new InvalidInputException(syntaxProblem(file, text, e));
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

    /**
     * SnakeYAML's account of a mistake in the layout of a file, in plain words and at the place to look. The usual slips
     * of editing by hand (a line indented a space too many or too few, a missing ':', a quote or bracket never closed,
     * a value that starts with a character YAML keeps for itself) are told as such; anything else as SnakeYAML says it.
     */
    static Problem syntaxProblem(String file, String text, MarkedYAMLException e) {
        String problem = plain(e.getProblem() != null ? e.getProblem() : e.getMessage());
        String context = e.getContext() != null ? plain(e.getContext()) : "";
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark start = e.getContextMark() != null ? e.getContextMark() : at;
        Mark where = at;
        String message;
        if (problem.contains("\\t(TAB)")) {
            message = "there is a tab here; YAML needs spaces, not tabs, to indent lines.";
        } else if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")) {
            where = start;
            java.util.Optional<String> quote = characterAt(text, start).filter(c -> c.equals("\"") || c.equals("'"));
            message = "the quote" + quote.map(q -> " (" + q + ")").orElse("") + " that opens this value is never closed; add a"
                    + " closing " + quote.orElse("quote") + " at the end of the value.";
        } else if (problem.startsWith("found unknown escape character")) {
            message = "inside double quotes a backslash (\\) must be written twice (\\\\); or put the value in single quotes.";
        } else if (problem.equals("mapping values are not allowed here")) {
            message = "there is a ':' here that does not fit. Check that this line is indented like the lines above it; a value"
                    + " that itself holds ': ' must be put in quotes.";
        } else if (problem.startsWith("expected <block end>, but found '-'")) {
            message = "a line starting with '- ' (an item of a list) does not fit here; check its indentation, or remove the '- '.";
        } else if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            message = "this line is indented differently from the lines above it: lines at the same level must start in the"
                    + " same column, and each item of a list with '- ' (a dash, then a space).";
        } else if (problem.equals("could not find expected ':'")) {
            where = start;
            message = "this line has no ':' after its name; write it as 'name: value'.";
        } else if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            where = start;
            String open = problem.startsWith("expected ',' or ']'") ? "[" : "{";
            message = "the '" + open + "' here is never closed; a value that starts with '" + open + "' must be put in quotes.";
        } else if (problem.matches("found character '.' that cannot start any token.*")) {
            message = "a value cannot start with '" + problem.charAt("found character '".length()) + "'; put the value in quotes.";
        } else if (problem.startsWith("found undefined alias")) {
            message = "a value cannot start with '*', which has a special meaning in YAML; put the value in quotes.";
        } else {
            message = "this is not valid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")") + ".";
        }
        return new Problem(file, where == null ? 0 : where.getLine() + 1, where == null ? 0 : where.getColumn() + 1, message);
    }

    /** The character a mark points at, when the text has one there. */
    private static java.util.Optional<String> characterAt(String text, Mark mark) {
        if (mark == null) {
            return java.util.Optional.empty();
        }
        return text.lines().skip(mark.getLine()).findFirst()
                .filter(line -> mark.getColumn() < line.codePointCount(0, line.length()))
                .map(line -> Character.toString(line.codePointAt(line.offsetByCodePoints(0, mark.getColumn()))));
    }

    private static void refuseLongLines(String file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > LONGEST_LINE) {
                    throw new InvalidInputException(new Problem(file, line, LONGEST_LINE + 1, String.format(Locale.ROOT,
                            "this line is %,d characters long; a line can have at most %,d.", i - start, LONGEST_LINE)));
                }
                line++;
                start = i + 1;
            }
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
