package org.coprod.core.util;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps what was computed for the most recently used keys, compared by identity (a questionnaire's records are
 * compared field by field, which would be slow and would mix up two loads of one file). The oldest entry is dropped
 * past the limit, so a long-running process that loads many questionnaires does not keep them all.
 */
public final class RecentCache<K, V> {
    private final int limit;
    private final Map<Identity<K>, V> entries;

    public RecentCache(int limit) {
        this.limit = limit;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity<K>, V> eldest) {
                return size() > RecentCache.this.limit;
            }
        };
    }

    public synchronized V get(K key, Function<K, V> compute) {
        Identity<K> identity = new Identity<>(key);
        V value = entries.get(identity);
        if (value == null) {
            value = compute.apply(key);
            entries.put(identity, value);
        }
        return value;
    }

    public synchronized int size() {
        return entries.size();
    }

    private record Identity<K>(K key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity<?> that && that.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
