package org.coprod.interview;

import java.io.IOError;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Terminal;
import org.jline.utils.ClosedException;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The keys of the full screen, read with JLine's key map. The arrows, Home, End, Page Up and Page Down are bound to
 * what the terminal's own description says they send (the screens put the keypad in application mode, as JLine's line
 * editor does), and to the usual sequences too, for a terminal whose description is not quite right. A sequence bound
 * to nothing is read to its end and dropped, so that the 5 of F5 (Esc [ 1 5 ~) is not taken for the answer 5.
 *
 * <p>Ctrl-C (as a signal or as a key) ends the interview with {@link InterruptedByUser}; a change of the window's size
 * is read as {@link Key#NONE}, so that the screen is drawn again at once.
 */
final class KeyReader extends BindingReader {
    enum Key {
        UP,
        DOWN,
        FIRST,
        LAST,
        PAGE_UP,
        PAGE_DOWN,
        ENTER,
        /** Any other character: see {@link #typed()}. */
        TYPED,
        END_OF_INPUT,
        INTERRUPT,
        /** Nothing to do but draw the screen again: Escape, a key bound to nothing, or a new window size. */
        NONE
    }

    /** How often the wait for a key looks at Ctrl-C and the window size, in milliseconds. */
    private static final long POLL = 100;
    /** The longest gap inside one escape sequence, in milliseconds: a terminal sends a sequence all at once. */
    private static final long SEQUENCE_GAP = 50;

    private static final String ESC = KeyMap.esc();

    private final KeyMap<Key> keys;
    private volatile boolean interrupted;
    private volatile boolean resized;

    KeyReader(Terminal terminal) {
        super(terminal.reader());
        this.keys = keyMap(terminal);
        terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
    }

    private static KeyMap<Key> keyMap(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setNomatch(Key.TYPED);
        keys.setUnicode(Key.TYPED);
        bind(keys, terminal, Key.UP, Capability.key_up, ESC + "[A", ESC + "OA", "k");
        bind(keys, terminal, Key.DOWN, Capability.key_down, ESC + "[B", ESC + "OB", "j");
        bind(keys, terminal, Key.FIRST, Capability.key_home, ESC + "[H", ESC + "OH", ESC + "[1~", ESC + "[7~");
        bind(keys, terminal, Key.LAST, Capability.key_end, ESC + "[F", ESC + "OF", ESC + "[4~", ESC + "[8~");
        bind(keys, terminal, Key.PAGE_UP, Capability.key_ppage, ESC + "[5~");
        bind(keys, terminal, Key.PAGE_DOWN, Capability.key_npage, ESC + "[6~");
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.END_OF_INPUT, KeyMap.ctrl('D'));
        keys.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
        keys.bind(Key.NONE, ESC);
        return keys;
    }

    /** Binds the sequence the terminal says the key sends (if it says), and the usual ones. */
    private static void bind(KeyMap<Key> keys, Terminal terminal, Key key, Capability capability, String... usual) {
        String own = KeyMap.key(terminal, capability);
        if (own != null && !own.isEmpty()) {
            keys.bind(key, own);
        }
        keys.bind(key, usual);
    }

    /** The next key; waits for it. */
    Key read() {
        Key key;
        try {
            key = readBinding(keys);
        } catch (EndOfFileException e) {
            return Key.END_OF_INPUT;
        } catch (Resized e) {
            opBuffer.setLength(0);
            return Key.NONE;
        }
        if (key == null) {
            return Key.END_OF_INPUT;
        }
        if (key == Key.INTERRUPT) {
            throw new InterruptedByUser();
        }
        if (ESC.equals(getLastBinding())) {
            dropRestOfSequence();
            return Key.NONE;
        }
        return key;
    }

    /** The character of the last {@link Key#TYPED} key. */
    int typed() {
        return getLastBinding().codePointAt(0);
    }

    /** Waits for a character, looking at Ctrl-C and the window size meanwhile. */
    @Override
    public int readCharacter() {
        while (true) {
            if (interrupted) {
                throw new InterruptedByUser();
            }
            if (resized) {
                resized = false;
                throw new Resized();
            }
            if (peek(POLL) != NonBlockingReader.READ_EXPIRED) {
                return super.readCharacter();
            }
        }
    }

    /**
     * After an Escape bound to nothing: drops the rest of its sequence, a control sequence (Esc [, parameters, one
     * final character from @ to ~) or a single shift (Esc O and one character). Anything else, such as the q of
     * Escape q, is left to be read as a key.
     */
    private void dropRestOfSequence() {
        for (int i = opBuffer.length() - 1; i >= 0; i--) {
            pushBackChar.push((int) opBuffer.charAt(i)); // read after the Escape: it comes first
        }
        opBuffer.setLength(0);
        int introducer = peek(SEQUENCE_GAP);
        if (introducer != '[' && introducer != 'O') {
            return;
        }
        super.readCharacter();
        for (int c = peek(SEQUENCE_GAP); c >= 0; c = peek(SEQUENCE_GAP)) {
            super.readCharacter();
            if (introducer == 'O' || c >= '@' && c <= '~') {
                return;
            }
        }
    }

    /** The next character without taking it, {@link NonBlockingReader#READ_EXPIRED} if none came in time. */
    private int peek(long millis) {
        try {
            return peekCharacter(millis);
        } catch (IOError e) {
            if (e.getCause() instanceof ClosedException) {
                throw new EndOfFileException(e.getCause());
            }
            throw e;
        }
    }

    /** The window changed size while a key was awaited. */
    private static final class Resized extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Resized() {
            super(null, null, false, false);
        }
    }
}
