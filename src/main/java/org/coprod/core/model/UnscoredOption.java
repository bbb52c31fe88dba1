package org.coprod.core.model;

import java.util.List;

/** "Not applicable" or "don't know": offered to people, never scored. */
public record UnscoredOption(String label, List<String> aliases) {
    public UnscoredOption {
        aliases = List.copyOf(aliases);
    }
}
