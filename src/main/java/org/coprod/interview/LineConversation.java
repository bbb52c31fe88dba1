package org.coprod.interview;

import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.text.TextWrap;
import org.coprod.core.model.Question;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.text.Suggestions;
import org.coprod.io.yaml.YamlDocuments;

/**
 * Plain lines, one answer per line: for pipes and scripts, and for people who prefer it (screen readers). An answer may
 * be an option's number, its label or an alias; the words help, note, back, skip and quit (or their first letters,
 * as in the full-screen mode, which win over any one-letter alias) do what they say.
 */
public final class LineConversation implements Conversation {
    static final String KEYS = "type a number or the answer; or: help, note TEXT, back, skip, quit";

    /** A note or answer as long as an answers file keeps, with room for the word 'note' before it. */
    static final int LONGEST_LINE = YamlDocuments.LONGEST_VALUE + 100;

    private final BoundedLines in;
    private final PrintWriter out;
    private final int width;

    public LineConversation(Reader in, PrintWriter out, int width) {
        this.in = new BoundedLines(in, LONGEST_LINE);
        this.out = out;
        this.width = width;
    }

    @Override
    public void say(String text) {
        out.println(TextWrap.text(text, width));
        out.flush();
    }

    @Override
    public boolean show(String text, String prompt) {
        say(text);
        return true;
    }

    @Override
    public Action ask(QuestionPrompt prompt) {
        prompt.enteringSection().ifPresent(this::introduce);
        Question question = prompt.question();
        out.println();
        out.println("[" + prompt.progress() + "]");
        out.println(TextWrap.text(question.text(), width));
        List<Response> choices = prompt.choices();
        for (int i = 0; i < choices.size(); i++) {
            boolean current = prompt.current().isPresent() && prompt.currentIndex() == i;
            out.println("  " + (i + 1) + ". " + choices.get(i).label() + (current ? "   (your answer)" : ""));
        }
        if (!prompt.note().isBlank()) {
            out.println(TextWrap.text("Your note: " + prompt.note(), width));
        }
        while (true) {
            out.print("Answer (" + KEYS + (prompt.current().isPresent() ? "; Enter keeps your answer" : "") + "): ");
            out.flush();
            String line = readLine();
            if (line == null) {
                out.println();
                return new Action.EndOfInput();
            }
            Optional<Action> action = interpret(line.strip(), prompt);
            if (action.isPresent()) {
                return action.get();
            }
        }
    }

    private Optional<Action> interpret(String line, QuestionPrompt prompt) {
        String word = line.toLowerCase(Locale.ROOT);
        String firstWord = word.split("\\s+", 2)[0];
        switch (firstWord) {
            case "" -> {
                if (prompt.current().isPresent()) {
                    return Optional.of(new Action.Keep());
                }
                out.println("Please choose an answer, or type skip.");
                return Optional.empty();
            }
            case "help", "?" -> {
                showHelp(prompt);
                return Optional.empty();
            }
            case "back", "b" -> {
                return Optional.of(new Action.Back());
            }
            case "skip", "s" -> {
                return Optional.of(new Action.Skip());
            }
            case "quit", "q" -> {
                return Optional.of(new Action.Quit());
            }
            case "note", "n" -> {
                String text = line.substring(firstWord.length()).strip();
                if (text.isEmpty()) {
                    out.print("Note or evidence for this question: ");
                    out.flush();
                    String typed = readLine();
                    text = typed == null ? "" : typed.strip();
                }
                // a second note adds to the first; in this mode there is no way to edit the first in place
                String note = prompt.note().isBlank() || text.isEmpty() ? text : prompt.note() + " " + text;
                return Optional.of(new Action.Noted(note));
            }
            default -> {
                return choose(line, prompt);
            }
        }
    }

    private Optional<Action> choose(String line, QuestionPrompt prompt) {
        List<Response> choices = prompt.choices();
        if (line.matches("\\d+")) {
            int number = chosenNumber(line, choices.size());
            if (number > 0) {
                return Optional.of(new Action.Answered(choices.get(number - 1)));
            }
            out.println(line + " is not one of the numbers shown; choose 1 to " + choices.size() + ".");
            return Optional.empty();
        }
        Optional<Response> matched = prompt.answerSet().match(line);
        if (matched.isPresent()) {
            return Optional.of(new Action.Answered(matched.get()));
        }
        out.println(TextWrap.text("'" + line + "' is not one of the answers." + Suggestions.didYouMean(line, choices.stream().map(Response::label).toList())
                + " Type a number from 1 to " + choices.size() + ", or help to see what the question means.", width));
        return Optional.empty();
    }

    private void showHelp(QuestionPrompt prompt) {
        String help = prompt.help();
        out.println(TextWrap.text("Help: " + help, width));
        out.println(TextWrap.text("The words: 'back' goes to the previous question, 'skip' leaves this one unanswered,"
                + " 'note' followed by text adds a note or evidence, 'quit' saves and stops.", width));
    }

    private void introduce(Section section) {
        out.println();
        out.println("== " + section.name() + " ==");
        if (!section.description().isBlank()) {
            out.println(TextWrap.text(section.description(), width));
        }
    }

    @Override
    public Optional<String> askText(String question, String current) {
        out.println();
        out.println(TextWrap.text(question, width));
        if (!current.isBlank()) {
            out.println(TextWrap.text("(Your earlier answer: " + current + ". Press Enter to keep it.)", width));
        }
        out.print("> ");
        out.flush();
        String line = readLine();
        if (line == null) {
            out.println();
            return Optional.empty();
        }
        return Optional.of(line.isBlank() ? current : line);
    }

    @Override
    public int pick(String title, List<String> entries, String goOn, int startAt) {
        out.println();
        out.println(TextWrap.text(title, width));
        for (int i = 0; i < entries.size(); i++) {
            out.println(TextWrap.hanging((i + 1) + ". ", entries.get(i), width));
        }
        while (true) {
            out.print("Type a question's number to change its answer, or press Enter to " + goOn.toLowerCase(Locale.ROOT) + ": ");
            out.flush();
            String line = readLine();
            if (line == null) {
                out.println();
                return -2;
            }
            line = line.strip();
            if (line.isEmpty()) {
                return -1;
            }
            int number = chosenNumber(line, entries.size());
            if (number > 0) {
                return number - 1;
            }
            out.println("Type a number from 1 to " + entries.size() + ", or press Enter.");
        }
    }

    /** The number typed, when it is one of 1 to {@code most}; otherwise 0 (99999999999 included). */
    static int chosenNumber(String typed, int most) {
        String digits = typed.replaceFirst("^0+(?=\\d)", "");
        if (!digits.matches("\\d{1,9}")) {
            return 0;
        }
        int number = Integer.parseInt(digits);
        return number >= 1 && number <= most ? number : 0;
    }

    private String readLine() {
        while (true) {
            try {
                return in.readLine();
            } catch (BoundedLines.TooLong e) {
                out.println(String.format(Locale.ROOT, "That line is over %,d characters, longer than an answers file keeps;"
                        + " it was not used. Type it again, shorter:", LONGEST_LINE));
                out.flush();
            }
        }
    }
}
