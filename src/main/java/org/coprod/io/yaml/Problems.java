package org.coprod.io.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem in one file, so that validation can report them all at once. */
public final class Problems {
    private static final int MOST = 200;
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void at(Node node, String message) {
        if (node == null) {
            add(new Problem(file, 0, 0, message));
        } else {
            add(new Problem(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message));
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
