package org.coprod.survey;

import java.util.function.Function;

/**
 * Remembers what each distinct cell text stood for (an answer, a service name), looked up straight from the
 * tokenizer's buffer by the cell's bytes, so that a million rows of "Often" cost one String and one match.
 * A column with too many distinct values stops remembering and works them out each time.
 */
final class ValueTable<V> {
    private static final int MOST_REMEMBERED = 4096;
    private byte[][] keys = new byte[64][];
    private Object[] values = new Object[64];
    private int size;
    private final Function<String, V> resolve;

    /** @param resolve what a text stands for; may return null (not remembered then) */
    ValueTable(Function<String, V> resolve) {
        this.resolve = resolve;
    }

    /** Answers written as one character ("4", "A") are looked up here directly, with no hashing at all. */
    private final Object[] byCharacter = new Object[128];

    /** What a one-character cell stands for, if it has been seen before; otherwise null (use {@link #get}). */
    @SuppressWarnings("unchecked")
    V forSingleCharacter(CsvTokenizer row, int field) {
        int single = row.singleAscii(field);
        return single >= 0 ? (V) byCharacter[single] : null;
    }

    /**
     * The texts met last, by their length and first and last bytes: nearly always enough to tell a column's answers
     * apart ("Never", "Rarely", "Sometimes"...), so that a cell is found with one comparison and without hashing it.
     */
    private static final int RECENT = 256;

    private final byte[][] recentKeys = new byte[RECENT][];
    private final Object[] recentValues = new Object[RECENT];

    @SuppressWarnings("unchecked")
    V get(CsvTokenizer row, int field) {
        int single = row.singleAscii(field);
        if (single >= 0 && byCharacter[single] != null) {
            return (V) byCharacter[single];
        }
        int recent = row.shape(field) & (RECENT - 1);
        byte[] recentKey = recentKeys[recent];
        if (recentKey != null && row.fieldEquals(field, recentKey)) {
            return (V) recentValues[recent];
        }
        int mask = keys.length - 1;
        int slot = spread(row.hash(field)) & mask;
        while (keys[slot] != null) {
            if (row.fieldEquals(field, keys[slot])) {
                recentKeys[recent] = keys[slot];
                recentValues[recent] = values[slot];
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        V value = resolve.apply(row.field(field));
        if (value != null && single >= 0) {
            byCharacter[single] = value;
        } else if (value != null && size < MOST_REMEMBERED) {
            put(row.fieldBytes(field), value);
        }
        return value;
    }

    private void put(byte[] key, Object value) {
        if ((size + 1) * 2 > keys.length) {
            byte[][] oldKeys = keys;
            Object[] oldValues = values;
            keys = new byte[oldKeys.length * 2][];
            values = new Object[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
        int mask = keys.length - 1;
        int slot = spread(Bytes.hash(key, 0, key.length)) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
