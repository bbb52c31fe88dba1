package org.coprod.interview;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The two ways coprod talks with a person: a full-screen terminal (arrow keys) and plain lines (pipes, scripts,
 * screen readers). The interview logic is the same for both.
 */
public interface Conversation {
    /** Shows text: a welcome, an introduction, a message. */
    void say(String text);

    /**
     * Shows a text and, on a full screen, waits for Enter (saying {@code prompt}) so it can be read before what comes
     * next replaces it. Returns false if the input ended instead.
     */
    boolean show(String text, String prompt);

    /** Asks one question and returns what the person did. */
    Action ask(QuestionPrompt prompt);

    /**
     * Asks for a line of free text. Returns the text (possibly empty), or empty at the end of input.
     * {@code current} is offered for editing where the terminal allows it.
     */
    Optional<String> askText(String question, String current);

    /** What {@link #pick} returns to go on past the summary. */
    int GO_ON = -1;
    /** What {@link #pick} returns when the input ended. */
    int END_OF_INPUT = -2;
    /** What {@link #pick} returns when the person saves and stops there (q, as on every other screen). */
    int QUIT = -3;

    /**
     * Shows the summary of answers and lets the person pick one to change, starting at entry {@code startAt}
     * ({@link #GO_ON}: going on to the reflections), for example the one just changed. Returns its index, or
     * {@link #GO_ON}, {@link #END_OF_INPUT} or {@link #QUIT}.
     */
    int pick(String title, List<String> entries, int startAt);

    /** The columns the text is fitted to. */
    int width();

    /** The rows of the screen, where they are known. */
    default OptionalInt rows() {
        return OptionalInt.empty();
    }

    /**
     * Shows what stays on the screen once the session is over, lines already fitted to {@link #width()}: on a full
     * screen, alone on a cleared screen.
     */
    default void conclude(List<String> lines) {
        say(String.join("\n", lines));
    }

    /**
     * Whether the answers come from a file or a pipe rather than a person: then the end of the input after the last
     * question finishes the session (the summary is taken as it is and reflections not given are left empty).
     */
    default boolean fromScript() {
        return false;
    }
}
