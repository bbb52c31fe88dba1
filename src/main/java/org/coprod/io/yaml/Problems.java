package org.coprod.io.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem in one file, so that validation can report them all at once, in the words of the run. */
public final class Problems {
    private static final int MOST = 200;
    private final String file;
    private final Words words;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String file, Words words) {
        this.file = file;
        this.words = words;
    }

    /** Problems told in English. */
    public Problems(String file) {
        // language: English for MappingReader until it passes the run's Words
        this(file, Words.english());
    }

    public String file() {
        return file;
    }

    public Words words() {
        return words;
    }

    /** The problem worded by {@code key} with {@code args}, at {@code node}. */
    public void report(Node node, String key, Object... args) {
        at(node, words.get(key, args));
    }

    /** A value from the file as a message shows it, in quotes (see {@link Problem#quote(String, Words)}). */
    public String quote(String value) {
        return Problem.quote(value, words);
    }

    public void at(Node node, String message) {
        if (node == null) {
            add(new Problem(file, 0, 0, message));
        } else {
            add(new Problem(
                    file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message));
        }
    }

    public void add(Problem problem) {
        if (found.size() < MOST) {
            found.add(problem);
        }
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<Problem> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    public void throwIfAny() {
        if (any()) {
            throw new InvalidInputException(sorted());
        }
    }
}
