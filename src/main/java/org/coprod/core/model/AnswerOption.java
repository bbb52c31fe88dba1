package org.coprod.core.model;

import java.util.List;

/** One scored choice of an answer set: what people see, the number it stands for, and other spellings exports use. */
public record AnswerOption(String label, double value, List<String> aliases) {
    public AnswerOption {
        aliases = List.copyOf(aliases);
    }
}
