package org.coprod.io;

import java.util.List;

/** An input file's content is wrong. Carries every problem found, not only the first. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? ""
                        : problems.get(0).toString()); // for logs: people are shown the problems themselves
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
