package org.coprod.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCacheTest {
    private record Key(String name) {}

    @Test
    void keeps_at_most_its_limit_and_computes_each_recent_key_once() {
        RecentCache<Key, String> cache = new RecentCache<>(3);
        AtomicInteger computed = new AtomicInteger();
        Key first = new Key("a");
        for (int i = 0; i < 1000; i++) {
            cache.get(new Key("k" + i), k -> "v" + computed.incrementAndGet());
            cache.get(first, k -> "first");
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(first, k -> "again"))
                .as("the most recently used stays")
                .isEqualTo("first");
        assertThat(computed.get()).isEqualTo(1000);
    }

    @Test
    void keys_are_compared_by_identity_not_by_value() {
        RecentCache<Key, String> cache = new RecentCache<>(10);
        cache.get(new Key("same"), k -> "one");
        assertThat(cache.get(new Key("same"), k -> "two")).isEqualTo("two");
        assertThat(cache.size()).isEqualTo(2);
    }
}
