package org.coprod.io.yaml;

import java.io.StringReader;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML text into a node tree that remembers where each value stands, within bounds:
 * few aliases (no "billion laughs"), limited nesting, limited size. Values are never turned into Java objects
 * by the parser, so a file can name no class to build.
 */
public final class YamlDocuments {
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

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
                throw new InvalidInputException(Problem.inFile(file, "the file has no content, only comments or blank lines"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = plain(e.getProblem() != null ? e.getProblem() : e.getMessage());
            String context = e.getContext() != null ? " (" + plain(e.getContext()) + ")" : "";
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            throw new InvalidInputException(new Problem(file, line, column,
                    "this is not valid YAML: " + problem + context + "."));
        } catch (YAMLException e) {
            throw new InvalidInputException(Problem.inFile(file, "this file cannot be read as YAML: " + limitMessage(e) + "."));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(Problem.inFile(file, "the file is nested too deeply to be a questionnaire or answers file."));
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
