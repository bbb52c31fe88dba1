package org.coprod.interview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coprod.text.TextWrap;
import org.coprod.core.model.Response;
import org.coprod.core.model.Section;
import org.coprod.io.TerminalText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen conversation: one question per screen, options chosen with the arrow keys and Enter or by number,
 * the current choice highlighted, and one line of keys at the bottom. Everything drawn fits the terminal; colour and
 * highlighting are used only when allowed.
 */
public final class TerminalConversation implements Conversation, AutoCloseable {
    private static final int UP = -10;
    private static final int DOWN = -11;
    private static final int PAGE_UP = -12;
    private static final int PAGE_DOWN = -13;
    private static final int NOTHING = -14;
    private static final int EOF = -1;
    private static final String REVERSE = "\u001B[7m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final Terminal terminal;
    private final LineReader lineReader;
    private final PrintWriter out;
    private final boolean colour;
    private final boolean unicode;
    private volatile boolean interrupted;
    /** The window changed size: the screen is drawn again at the next moment without a key. */
    private volatile boolean resized;

    public TerminalConversation(Terminal terminal, boolean colour, boolean unicode) {
        this.terminal = terminal;
        this.out = TerminalText.filter(terminal.writer()); // text from files cannot steer the terminal
        this.colour = colour;
        this.unicode = unicode;
        this.lineReader = LineReaderBuilder.builder().terminal(terminal).build();
        // Esc then a digit is a repeat count in the line editor ("Esc 8 x" types eight x's): not what anyone expects here
        org.jline.keymap.KeyMap<org.jline.reader.Binding> keys = lineReader.getKeyMaps().get(LineReader.MAIN);
        for (char c : "0123456789-".toCharArray()) {
            keys.unbind(org.jline.keymap.KeyMap.alt(c));
        }
        terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
    }

    private int width() {
        int columns = terminal.getSize().getColumns();
        return columns > 0 ? Math.min(columns, 120) : 80;
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
        Attributes saved = terminal.enterRawMode();
        try {
            while (true) {
                int key = readKey();
                if (key == '\r' || key == '\n') {
                    return true;
                }
                if (key == EOF || key == 4) {
                    return false;
                }
            }
        } finally {
            terminal.setAttributes(saved);
        }
    }

    @Override
    public Action ask(QuestionPrompt prompt) {
        List<Response> choices = prompt.choices();
        int selected = prompt.currentIndex();
        boolean help = false;
        Attributes saved = terminal.enterRawMode();
        try {
            while (true) {
                draw(questionScreen(prompt, selected, help));
                int key = readKey();
                if (key == UP || key == 'k') {
                    selected = Math.max(0, selected - 1);
                } else if (key == DOWN || key == 'j') {
                    selected = Math.min(choices.size() - 1, selected + 1);
                } else if (key == '\r' || key == '\n') {
                    return new Action.Answered(choices.get(selected));
                } else if (key >= '1' && key <= '9' && key - '1' < choices.size()) {
                    return new Action.Answered(choices.get(key - '1'));
                } else if (key == '?' || key == 'h') {
                    help = !help;
                } else if (key == 'b') {
                    return new Action.Back();
                } else if (key == 's') {
                    return new Action.Skip();
                } else if (key == 'q') {
                    return new Action.Quit();
                } else if (key == 'n') {
                    Screen screen = questionScreen(prompt, selected, help);
                    screen.hint(List.of(""));   // the bottom line is where the note is typed
                    draw(screen);
                    out.print("\r");
                    out.flush();
                    terminal.setAttributes(saved);
                    Optional<String> note = readLine("Note or evidence (Enter to save it): ", prompt.note());
                    return note.<Action>map(Action.Noted::new).orElse(new Action.EndOfInput());
                } else if (key == EOF || key == 4) {
                    return new Action.EndOfInput();
                }
            }
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private Screen questionScreen(QuestionPrompt prompt, int selected, boolean help) {
        int width = width();
        Screen screen = new Screen(height(), width());
        screen.fixed(style(DIM, "coprod · " + prompt.progress()));
        prompt.enteringSection().ifPresent(section -> introduce(screen, section, width));
        screen.fixed("");
        for (String line : TextWrap.lines(prompt.question().text(), width)) {
            screen.fixed(style(BOLD, line));
        }
        screen.fixed("");
        List<Response> choices = prompt.choices();
        for (int i = 0; i < choices.size(); i++) {
            boolean isCurrent = prompt.current().isPresent() && prompt.currentIndex() == i;
            String line = (i == selected ? (unicode ? "❯ " : "> ") : "  ") + (i + 1) + ". " + choices.get(i).label()
                    + (isCurrent ? (unicode ? "  ✓ your answer" : "  (your answer)") : "");
            screen.fixed(i == selected && colour ? REVERSE + pad(line, width) + RESET : line);
        }
        if (!prompt.note().isBlank()) {
            screen.extra("");
            TextWrap.lines("Your note: " + prompt.note(), width).forEach(screen::extra);
        }
        if (help) {
            screen.extra("");
            String text = prompt.help();
            TextWrap.lines("Help: " + text, width).forEach(screen::extra);
        }
        screen.hint(hint(width, (unicode ? "↑↓" : "up/down") + " move · Enter choose · ? help · n note · b back · s skip · q save & quit"));
        return screen;
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
    public int pick(String title, List<String> entries, String goOn, int startAt) {
        List<String> items = new ArrayList<>();
        items.add((unicode ? "→ " : "-> ") + goOn);
        for (int i = 0; i < entries.size(); i++) {
            items.add((i + 1) + ". " + entries.get(i));
        }
        int selected = Math.max(0, Math.min(entries.size(), startAt + 1));
        int top = 0;
        Attributes saved = terminal.enterRawMode();
        try {
            while (true) {
                int width = width();
                List<String> titleLines = TextWrap.lines(title, width);
                List<String> hint = hint(width, (unicode ? "↑↓" : "up/down") + " move · Enter change that answer (or go on) · c go on");
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
                int key = readKey();
                if (key == UP || key == 'k') {
                    selected = Math.max(0, selected - 1);
                } else if (key == DOWN || key == 'j') {
                    selected = Math.min(items.size() - 1, selected + 1);
                } else if (key == PAGE_UP) {
                    selected = Math.max(0, selected - room);
                } else if (key == PAGE_DOWN) {
                    selected = Math.min(items.size() - 1, selected + room);
                } else if (key == '\r' || key == '\n') {
                    return selected - 1;
                } else if (key == 'c' || key == 'q') {
                    return -1;
                } else if (key == EOF || key == 4) {
                    return -2;
                }
            }
        } finally {
            terminal.setAttributes(saved);
            clear();
        }
    }

    private int readKey() {
        NonBlockingReader reader = terminal.reader();
        try {
            while (true) {
                if (interrupted) {
                    throw new InterruptedByUser();
                }
                int c = reader.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    if (resized) {
                        resized = false;
                        return NOTHING;   // the callers' loops draw the screen again, at the new size
                    }
                    continue;
                }
                if (c == 3) {
                    throw new InterruptedByUser();
                }
                if (c != 27) {
                    return c;
                }
                int next = reader.read(50);
                if (next != '[' && next != 'O') {
                    return NOTHING;
                }
                int code = reader.read(50);
                switch (code) {
                    case 'A':
                        return UP;
                    case 'B':
                        return DOWN;
                    case '5':
                        reader.read(50);
                        return PAGE_UP;
                    case '6':
                        reader.read(50);
                        return PAGE_DOWN;
                    default:
                        return NOTHING;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
