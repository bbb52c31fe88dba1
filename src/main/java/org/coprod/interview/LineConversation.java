package org.coprod.interview;

import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.core.model.Question;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.words.Words;
import org.coprod.io.TerminalText;
import org.coprod.io.yaml.YamlDocuments;
import org.coprod.text.Suggestions;
import org.coprod.text.TextWrap;

/**
 * Plain lines, one answer per line: for pipes and scripts, and for people who prefer it (screen readers). An answer may
 * be an option's number, its label or an alias; the words help, note, back, skip and quit, in the questionnaire's
 * language or in English, or the letters ?, n, b, s and q as in the full-screen mode, do what they say. A letter that
 * is also one of the question's answers (N for Never, S for Sometimes) is refused as unclear, never taken either way.
 *
 * <p>Lines typed by a person who can be asked again ({@link Source#PERSON}) get a message and another try. Lines read
 * from a file or a pipe ({@link Source#SCRIPT}) are shown as they are read, and the first line that does not answer
 * what was asked stops the session with {@link ScriptStopped}, naming the line: it is never skipped or guessed at,
 * which would move every later answer to the wrong question.
 */
public final class LineConversation implements Conversation {
    private enum Command {
        HELP("?"),
        NOTE("n"),
        BACK("b"),
        SKIP("s"),
        QUIT("q");

        private final String letter;

        Command(String letter) {
            this.letter = letter;
        }

        String key() {
            return "interview.lines.command." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who the lines come from. */
    public enum Source {
        PERSON,
        SCRIPT
    }

    /** A note or answer as long as an answers file keeps, with room for the word 'note' before it. */
    static final int LONGEST_LINE = YamlDocuments.LONGEST_VALUE + 100;

    private final BoundedLines in;
    private final PrintWriter out;
    private final int width;
    private final Words words;
    private final Source source;
    private String lastLine = "";

    public LineConversation(Reader in, PrintWriter out, int width, Words words) {
        this(in, out, width, words, Source.PERSON);
    }

    public LineConversation(Reader in, PrintWriter out, int width, Words words, Source source) {
        this.in = new BoundedLines(in, LONGEST_LINE);
        this.out = out;
        this.width = width;
        this.words = words;
        this.source = source;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean fromScript() {
        return source == Source.SCRIPT;
    }

    /**
     * A line that cannot be used: a person is told why and asked again; a script stops, naming the line.
     *
     * @return empty, so that a person is asked again
     */
    private <T> Optional<T> refuse(String why) {
        if (source == Source.SCRIPT) {
            throw new ScriptStopped(
                    words.get("interview.script.stopped", in.lineNumber(), lastLine.strip(), why), in.lineNumber());
        }
        out.println(TextWrap.text(why, width));
        return Optional.empty();
    }

    /** The word a person types for a command, in the conversation's language. */
    private String word(Command command) {
        return words.get(command.key());
    }

    /** The command a typed word or letter names, in the conversation's language or in English. */
    private Optional<Command> command(String typed) {
        String lower = typed.toLowerCase(words.locale());
        for (Command command : Command.values()) {
            if (lower.equals(command.letter)
                    || lower.equals(word(command).toLowerCase(words.locale()))
                    || lower.equals(Words.english().get(command.key()))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
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
            String choice = (i + 1) + ". " + choices.get(i).label();
            out.println("  " + (current ? words.get("interview.lines.answered-choice", choice) : choice));
        }
        if (!prompt.note().isBlank()) {
            out.println(TextWrap.text(words.get("interview.your-note", prompt.note()), width));
        }
        String commands = words.get(
                "interview.lines.commands",
                word(Command.HELP),
                word(Command.NOTE),
                word(Command.BACK),
                word(Command.SKIP),
                word(Command.QUIT));
        String answerPrompt = prompt.current().isPresent()
                ? "interview.lines.answer-prompt.answered"
                : "interview.lines.answer-prompt";
        while (true) {
            out.print(words.get(answerPrompt, commands));
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
        if (line.isEmpty()) {
            if (prompt.current().isPresent()) {
                return Optional.of(new Action.Keep());
            }
            return refuse(words.get("interview.lines.choose-or-skip", word(Command.SKIP)));
        }
        String firstWord = line.split("\\s+", 2)[0];
        Optional<Command> command = command(firstWord);
        if (command.isEmpty()) {
            return choose(line, prompt);
        }
        Optional<Response> alsoAnAnswer = firstWord.equals(line) && firstWord.length() == 1
                ? prompt.answerSet().match(line)
                : Optional.empty();
        if (alsoAnAnswer.isPresent()) {
            return refuse(words.get(
                    "interview.lines.letter-is-both", line, alsoAnAnswer.get().label(), word(command.get())));
        }
        switch (command.get()) {
            case HELP -> {
                showHelp(prompt);
                return Optional.empty();
            }
            case BACK -> {
                return Optional.of(new Action.Back());
            }
            case SKIP -> {
                return Optional.of(new Action.Skip());
            }
            case QUIT -> {
                return Optional.of(new Action.Quit());
            }
            default -> {
                String text = line.substring(firstWord.length()).strip();
                if (text.isEmpty() && source == Source.SCRIPT) {
                    return refuse(words.get("interview.script.note-on-one-line", word(Command.NOTE)));
                }
                if (text.isEmpty()) {
                    out.print(words.get("interview.lines.note-prompt"));
                    out.flush();
                    String typed = readLine();
                    text = typed == null ? "" : typed.strip();
                }
                // a second note adds to the first; in this mode there is no way to edit the first in place
                return Optional.of(new Action.Noted(addedNote(prompt.note(), text)));
            }
        }
    }

    /**
     * A second note after the first: as a sentence of its own when the first ends one, and otherwise after a
     * semicolon, so that the two never run together as one ("We keep minutes" and "not shared" reading "We keep
     * minutes not shared"). One line, so that it reads the same in every report format and table cell.
     */
    String addedNote(String earlier, String added) {
        if (earlier.isBlank() || added.isEmpty()) {
            return added;
        }
        String first = earlier.stripTrailing();
        boolean endsSentence = first.matches("(?s).*[.!?…]['\"’”)]*");
        return words.get(endsSentence ? "interview.notes.after-sentence" : "interview.notes.joined", first, added);
    }

    private Optional<Action> choose(String line, QuestionPrompt prompt) {
        List<Response> choices = prompt.choices();
        if (line.matches("\\d+")) {
            int number = chosenNumber(line, choices.size());
            if (number > 0) {
                return Optional.of(new Action.Answered(choices.get(number - 1)));
            }
            return refuse(words.get("interview.lines.not-a-number-shown", line, choices.size()));
        }
        Optional<Response> matched = prompt.answerSet().match(line);
        if (matched.isPresent()) {
            return Optional.of(new Action.Answered(matched.get()));
        }
        Optional<String> closest =
                Suggestions.closest(line, choices.stream().map(Response::label).toList());
        String notAnAnswer =
                closest.isPresent() ? "interview.lines.not-an-answer.did-you-mean" : "interview.lines.not-an-answer";
        return refuse(words.get(notAnAnswer, line, choices.size(), word(Command.HELP), closest.orElse("")));
    }

    private void showHelp(QuestionPrompt prompt) {
        out.println(TextWrap.text(words.get("interview.help", prompt.help(words)), width));
        out.println(TextWrap.text(
                words.get(
                        "interview.lines.commands-help",
                        word(Command.BACK),
                        word(Command.SKIP),
                        word(Command.NOTE),
                        word(Command.QUIT)),
                width));
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
            out.println(TextWrap.text(words.get("interview.lines.earlier-answer", current), width));
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
    public int pick(String title, List<String> entries, int startAt) {
        out.println();
        out.println(TextWrap.text(title, width));
        for (int i = 0; i < entries.size(); i++) {
            out.println(TextWrap.hanging((i + 1) + ". ", entries.get(i), width));
        }
        while (true) {
            out.print(words.get("interview.lines.summary-prompt", word(Command.QUIT)));
            out.flush();
            String line = readLine();
            if (line == null) {
                out.println();
                return END_OF_INPUT;
            }
            line = line.strip();
            if (line.isEmpty()) {
                return GO_ON;
            }
            if (command(line).filter(Command.QUIT::equals).isPresent()) {
                return QUIT;
            }
            int number = chosenNumber(line, entries.size());
            if (number > 0) {
                return number - 1;
            }
            refuse(words.get("interview.lines.number-or-enter", entries.size(), word(Command.QUIT)));
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

    /** The next line; from a script, also shown after its prompt, so that what was read can be checked. */
    private String readLine() {
        while (true) {
            try {
                lastLine = in.readLine();
                if (lastLine != null && source == Source.SCRIPT) {
                    out.println(TerminalText.clean(lastLine));
                }
                return lastLine;
            } catch (BoundedLines.TooLong e) {
                String longest = String.format(Locale.ROOT, "%,d", LONGEST_LINE);
                if (source == Source.SCRIPT) {
                    throw new ScriptStopped(
                            words.get("interview.script.line-too-long", in.lineNumber(), longest), in.lineNumber());
                }
                out.println(words.get(
                        "interview.lines.line-too-long", longest)); // after the prompt, on its line: not wrapped
                out.flush();
            }
        }
    }
}
