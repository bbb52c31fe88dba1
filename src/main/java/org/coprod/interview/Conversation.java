package org.coprod.interview;

import java.util.List;
import java.util.Optional;

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

    /**
     * Shows the summary of answers and lets the person pick one to change, starting at entry {@code startAt} (-1: going
     * on to the reflections), for example the one just changed. Returns its index, -1 to go on, or -2 at the end of input.
     */
    int pick(String title, List<String> entries, int startAt);

    /**
     * Whether the answers come from a file or a pipe rather than a person: then the end of the input after the last
     * question finishes the session (the summary is taken as it is and reflections not given are left empty).
     */
    default boolean fromScript() {
        return false;
    }
}
