package org.coprod.io.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.words.Words;
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

    /** The node tree of {@code text}; a problem with it is told in {@code words}. */
    public static Node compose(String file, String text, Words words) {
        refuseLongLines(file, text, words);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true); // duplicates are reported by MapView with both places
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                throw new InvalidInputException(Problem.inFile(file, words.get("yaml.file.no-content")));
            }
            refuseHugeValues(file, root, words);
            return root;
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(syntaxProblem(file, text, e, words));
        } catch (YAMLException e) {
            throw new InvalidInputException(Problem.inFile(file, limitMessage(e, words)));
        } catch (IllegalArgumentException e) {
            // found by fuzzing: SnakeYAML checks a tag such as !%3 only after reading it, and with this exception
            throw new InvalidInputException(Problem.inFile(file, words.get("yaml.file.bad-tag")));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(Problem.inFile(file, words.get("yaml.file.nested-too-deeply")));
        }
    }

    /**
     * SnakeYAML's account of a mistake in the layout of a file, in plain words and at the place to look. The usual slips
     * of editing by hand (a line indented a space too many or too few, a missing ':', a quote or bracket never closed,
     * a value that starts with a character YAML keeps for itself) are told as such; anything else as SnakeYAML says it.
     */
    static Problem syntaxProblem(String file, String text, MarkedYAMLException e, Words words) {
        String problem = plain(e.getProblem() != null ? e.getProblem() : e.getMessage());
        String context = e.getContext() != null ? plain(e.getContext()) : "";
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark start = e.getContextMark() != null ? e.getContextMark() : at;
        Mark where = at;
        // SnakeYAML's own English, matched with _ for spaces: its words are recognised here, never shown
        String said = problem.replace(' ', '_');
        String reading = context.replace(' ', '_');
        String message;
        if (said.contains("\\t(TAB)")) {
            message = words.get("yaml.syntax.tab");
        } else if (reading.startsWith("while_scanning_a_quoted_scalar") && said.contains("end_of_stream")) {
            where = start;
            Optional<String> quote = characterAt(text, start).filter(c -> c.equals("\"") || c.equals("'"));
            message = quote.map(q -> words.get("yaml.syntax.quote-not-closed", q))
                    .orElseGet(() -> words.get("yaml.syntax.some-quote-not-closed"));
        } else if (said.startsWith("found_unknown_escape_character")) {
            message = words.get("yaml.syntax.backslash");
        } else if (said.equals("mapping_values_are_not_allowed_here")) {
            message = words.get("yaml.syntax.colon-out-of-place");
        } else if (said.startsWith("expected_<block_end>,_but_found_'-'")) {
            message = words.get("yaml.syntax.item-out-of-place");
        } else if (said.startsWith("expected_<block_end>")
                || said.startsWith("did_not_find_expected_key")
                || said.startsWith("did_not_find_expected_'-'")) {
            message = words.get("yaml.syntax.indentation");
        } else if (said.equals("could_not_find_expected_':'")) {
            where = start;
            message = words.get("yaml.syntax.no-colon");
        } else if (said.startsWith("expected_','_or_']'") || said.startsWith("expected_','_or_'}'")) {
            where = start;
            message = words.get("yaml.syntax.bracket-not-closed", said.startsWith("expected_','_or_']'") ? "[" : "{");
        } else if (said.matches("found_character_'.'_that_cannot_start_any_token.*")) {
            message = words.get("yaml.syntax.reserved-start", problem.charAt("found_character_'".length()));
        } else if (said.startsWith("found_undefined_alias")) {
            message = words.get("yaml.syntax.star-start");
        } else {
            message = context.isEmpty()
                    ? words.get("yaml.syntax.other", problem)
                    : words.get("yaml.syntax.other-in", problem, context);
        }
        return new Problem(
                file, where == null ? 0 : where.getLine() + 1, where == null ? 0 : where.getColumn() + 1, message);
    }

    /** The character a mark points at, when the text has one there. */
    private static Optional<String> characterAt(String text, Mark mark) {
        if (mark == null) {
            return Optional.empty();
        }
        return text.lines()
                .skip(mark.getLine())
                .findFirst()
                .filter(line -> mark.getColumn() < line.codePointCount(0, line.length()))
                .map(line -> Character.toString(line.codePointAt(line.offsetByCodePoints(0, mark.getColumn()))));
    }

    private static void refuseLongLines(String file, String text, Words words) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > LONGEST_LINE) {
                    throw new InvalidInputException(new Problem(
                            file,
                            line,
                            LONGEST_LINE + 1,
                            words.get("yaml.file.line-too-long", thousands(i - start), thousands(LONGEST_LINE))));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** A document that is one long value (such as a survey export given by mistake) is left to the readers to name. */
    private static void refuseHugeValues(String file, Node root, Words words) {
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
                throw new InvalidInputException(new Problem(
                        file,
                        node.getStartMark().getLine() + 1,
                        node.getStartMark().getColumn() + 1,
                        words.get(
                                "yaml.file.value-too-long",
                                thousands(scalar.getValue().length()),
                                thousands(LONGEST_VALUE))));
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

    /** Why SnakeYAML stopped reading: one of the bounds set above (told by its words, as for a slip), or as it says it. */
    private static String limitMessage(YAMLException e, Words words) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return words.get("yaml.file.too-many-aliases", MAX_ALIASES);
        }
        if (message.replace(' ', '_').contains("Nesting_Depth")) {
            return words.get("yaml.file.too-deep", MAX_NESTING);
        }
        if (message.replace(' ', '_').contains("code_points")) {
            return words.get("yaml.file.too-large");
        }
        return words.get("yaml.file.unreadable", plain(message));
    }

    private static String thousands(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static String plain(String message) {
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
    }
}
