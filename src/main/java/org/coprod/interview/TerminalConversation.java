package org.coprod.interview;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.core.words.Words;
import org.coprod.interview.KeyReader.Key;
import org.coprod.io.TerminalText;
import org.coprod.text.DisplayWidth;
import org.coprod.text.TextWrap;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The full-screen conversation: one question per screen, options chosen with the arrow keys and Enter or by number,
 * the current choice highlighted, and one line of keys at the bottom (Home and End go to the first and last choice,
 * Page Up and Page Down move a page through the summary). Everything drawn fits the terminal; colour and highlighting
 * are used only when allowed.
 */
public final class TerminalConversation implements Conversation, AutoCloseable {
    private static final String REVERSE = "\u001B[7m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final Terminal terminal;
    private final LineReader lineReader;
    private final PrintWriter out;
    private final boolean colour;
    private final boolean unicode;
    private final Words words;
    private final KeyReader keys;

    public TerminalConversation(Terminal terminal, boolean colour, boolean unicode, Words words) {
        this.terminal = terminal;
        this.out = TerminalText.filter(terminal.writer()); // text from files cannot steer the terminal
        this.colour = colour;
        this.unicode = unicode;
        this.words = words;
        this.lineReader = LineReaderBuilder.builder().terminal(terminal).build();
        // Esc then a digit is a repeat count in the line editor ("Esc 8 x" types eight x's): not what anyone expects
        // here
        KeyMap<Binding> editing = lineReader.getKeyMaps().get(LineReader.MAIN);
        for (char c : "0123456789-".toCharArray()) {
            editing.unbind(KeyMap.alt(c));
        }
        this.keys = new KeyReader(terminal);
    }

    @Override
    public int width() {
        int columns = terminal.getSize().getColumns();
        return columns > 0 ? Math.min(columns, 120) : 80;
    }

    @Override
    public OptionalInt rows() {
        return OptionalInt.of(height());
    }

    @Override
    public void conclude(List<String> lines) {
        clear();
        lines.forEach(out::println);
        out.flush();
    }

    private int height() {
        int rows = terminal.getSize().getRows();
        return rows > 0 ? rows : 24;
    }

    @Override
    public void say(String text) {
        out.println(TextWrap.text(text, width()));
        out.flush();
    }

    @Override
    public boolean show(String text, String prompt) {
        clear();
        say(text);
        out.println();
        out.print(style(BOLD, prompt));
        out.flush();
        Attributes saved = rawKeys();
        try {
            while (true) {
                Key key = keys.read();
                if (key == Key.ENTER) {
                    return true;
                }
                if (key == Key.END_OF_INPUT) {
                    return false;
                }
            }
        } finally {
            restore(saved);
        }
    }

    @Override
    public Action ask(QuestionPrompt prompt) {
        List<Response> choices = prompt.choices();
        int selected = prompt.currentIndex();
        boolean help = false;
        int helpTop = 0;
        Attributes saved = rawKeys();
        try {
            while (true) {
                Screen drawn = questionScreen(prompt, selected, help, helpTop);
                draw(drawn);
                helpTop = drawn.extrasTop(); // kept within the help, so that Page Up works from where it shows
                Key pressed = keys.read();
                int key = pressed == Key.TYPED ? keys.typed() : 0;
                if (pressed == Key.ENTER) {
                    return new Action.Answered(choices.get(selected));
                } else if (pressed == Key.END_OF_INPUT) {
                    return new Action.EndOfInput();
                } else if (key >= '1' && key <= '9' && key - '1' < choices.size()) {
                    return new Action.Answered(choices.get(key - '1'));
                } else if (key == '?' || key == 'h') {
                    help = !help;
                    helpTop = 0;
                } else if (help && (pressed == Key.PAGE_DOWN || pressed == Key.PAGE_UP)) {
                    // with the help open, the page keys scroll it, where it does not fit
                    helpTop += pressed == Key.PAGE_DOWN ? drawn.extrasPage() : -drawn.extrasPage();
                } else if (key == 'b') {
                    return new Action.Back();
                } else if (key == 's') {
                    return new Action.Skip();
                } else if (key == 'q') {
                    return new Action.Quit();
                } else if (key == 'n') {
                    Screen screen = questionScreen(prompt, selected, help, helpTop);
                    screen.hint(List.of("")); // the bottom line is where the note is typed
                    draw(screen);
                    out.print("\r");
                    out.flush();
                    restore(saved);
                    Optional<String> note = readLine(words.get("interview.screen.note-prompt"), prompt.note());
                    return note.<Action>map(Action.Noted::new).orElse(new Action.EndOfInput());
                } else {
                    selected = moved(pressed, selected, choices.size() - 1, choices.size());
                }
            }
        } finally {
            restore(saved);
        }
    }

    /** Where the highlight goes: one step up or down, a page up or down, or to the first or the last entry. */
    private static int moved(Key key, int selected, int last, int page) {
        int to = switch (key) {
            case UP -> selected - 1;
            case DOWN -> selected + 1;
            case PAGE_UP -> selected - page;
            case PAGE_DOWN -> selected + page;
            case FIRST -> 0;
            case LAST -> last;
            default -> selected;
        };
        return Math.max(0, Math.min(last, to));
    }

    /** Keys one at a time, unechoed, with the keypad in application mode: what {@link KeyReader}'s bindings expect. */
    private Attributes rawKeys() {
        Attributes saved = terminal.enterRawMode();
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
        return saved;
    }

    private void restore(Attributes saved) {
        terminal.puts(Capability.keypad_local);
        terminal.flush();
        terminal.setAttributes(saved);
    }

    private Screen questionScreen(QuestionPrompt prompt, int selected, boolean help, int helpTop) {
        int width = width();
        Screen screen = new Screen(height(), width);
        screen.progress(style(DIM, progressLine(prompt.progress(), width)));
        prompt.enteringSection().ifPresent(section -> introduce(screen, section, width));
        screen.question(TextWrap.lines(prompt.question().text(), width), line -> style(BOLD, line));
        List<Response> choices = prompt.choices();
        for (int i = 0; i < choices.size(); i++) {
            screen.choice(choiceLines(prompt, i, i == selected, width), i == selected);
        }
        if (!prompt.note().isBlank()) {
            screen.extra("");
            TextWrap.lines(words.get("interview.your-note", prompt.note()), width)
                    .forEach(screen::extra);
        }
        if (help) {
            screen.extra("");
            TextWrap.lines(words.get("interview.help", prompt.help(words)), width)
                    .forEach(screen::extra);
        }
        screen.scrollExtras(helpTop);
        screen.scrollMarkers(
                style(DIM, words.get("interview.screen.more-above")),
                style(DIM, words.get("interview.screen.more-below")));
        screen.hint(hint(width, words.get("interview.screen.keys", arrows())));
        return screen;
    }

    /** Where the person is, after the program's name (the same in every language) where the width allows. */
    private static String progressLine(String progress, int width) {
        String line = "coprod · " + progress;
        if (DisplayWidth.of(line) <= width) {
            return line;
        }
        return DisplayWidth.of(progress) <= width ? progress : cut(progress, width);
    }

    /** A choice, its number and label wrapped under each other, marked and highlighted when it is the selected one. */
    private List<String> choiceLines(QuestionPrompt prompt, int index, boolean isSelected, int width) {
        boolean isCurrent = prompt.current().isPresent() && prompt.currentIndex() == index;
        String choice = (index + 1) + ". " + prompt.choices().get(index).label();
        String text = isCurrent
                ? words.get(
                        unicode ? "interview.screen.answered-choice" : "interview.screen.answered-choice.plain", choice)
                : choice;
        String marker = isSelected ? (unicode ? "❯ " : "> ") : "  ";
        List<String> lines = new ArrayList<>();
        for (String line : TextWrap.hanging(marker, text, width).split("\n", -1)) {
            lines.add(isSelected && colour ? REVERSE + pad(line, width) + RESET : line);
        }
        return lines;
    }

    private void introduce(Screen screen, Section section, int width) {
        screen.intro("");
        TextWrap.lines(section.name(), width).forEach(line -> screen.intro(style(BOLD, line)));
        TextWrap.lines(section.description(), width).forEach(screen::intro);
    }

    @Override
    public Optional<String> askText(String question, String current) {
        out.println();
        out.println(style(BOLD, TextWrap.text(question, width())));
        out.flush();
        return readLine("> ", current);
    }

    private Optional<String> readLine(String prompt, String current) {
        try {
            return Optional.of(lineReader.readLine(prompt, null, current == null ? "" : current));
        } catch (UserInterruptException e) {
            throw new InterruptedByUser();
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public int pick(String title, List<String> entries, int startAt) {
        List<String> items = new ArrayList<>();
        items.add((unicode ? "→ " : "-> ") + words.get("interview.summary.go-on"));
        for (int i = 0; i < entries.size(); i++) {
            items.add((i + 1) + ". " + entries.get(i));
        }
        int selected = Math.max(0, Math.min(entries.size(), startAt + 1));
        int top = 0;
        Attributes saved = rawKeys();
        try {
            while (true) {
                int width = width();
                List<String> titleLines = TextWrap.lines(title, width);
                List<String> hint = hint(width, words.get("interview.screen.summary-keys", arrows()));
                int room = Math.max(3, height() - titleLines.size() - 1 - hint.size());
                top = Math.max(Math.min(top, selected), selected - room + 1);
                Screen screen = new Screen(height(), width());
                titleLines.forEach(line -> screen.fixed(style(BOLD, line)));
                screen.fixed("");
                for (int i = top; i < Math.min(items.size(), top + room); i++) {
                    String line = (i == selected ? (unicode ? "❯ " : "> ") : "  ") + cut(items.get(i), width - 2);
                    screen.fixed(i == selected && colour ? REVERSE + pad(line, width) + RESET : line);
                }
                screen.hint(hint);
                draw(screen);
                Key pressed = keys.read();
                int key = pressed == Key.TYPED ? keys.typed() : 0;
                if (pressed == Key.ENTER) {
                    return selected - 1;
                } else if (pressed == Key.END_OF_INPUT) {
                    return END_OF_INPUT;
                } else if (key == 'c') {
                    return GO_ON;
                } else if (key == 'q') {
                    return QUIT;
                } else {
                    selected = moved(pressed, selected, items.size() - 1, room);
                }
            }
        } finally {
            restore(saved);
            clear();
        }
    }

    private String arrows() {
        return unicode ? "↑↓" : words.get("interview.screen.arrows");
    }

    private void draw(Screen screen) {
        clear();
        List<String> lines = screen.lines();
        for (int i = 0; i < lines.size(); i++) {
            out.print(lines.get(i));
            if (i + 1 < lines.size()) {
                out.print("\r\n");
            }
        }
        out.flush();
    }

    private void clear() {
        terminal.puts(Capability.clear_screen);
        terminal.flush();
    }

    private List<String> hint(int width, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : TextWrap.lines(text, width)) {
            lines.add(style(DIM, line));
        }
        return lines;
    }

    private String style(String code, String text) {
        return colour && !text.isEmpty() ? code + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(1, width - 1)) + "…";
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
