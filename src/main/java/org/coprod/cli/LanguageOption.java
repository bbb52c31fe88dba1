package org.coprod.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coprod.core.words.Words;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * --language, which every command takes: the language of coprod's messages, and of reports instead of their own.
 * Several, as in {@code --language cy,en}, write a report in each, one after the other; messages use the first.
 */
final class LanguageOption {
    @Option(
            names = "--language",
            paramLabel = "TAG",
            scope = ScopeType.INHERIT,
            converter = Tags.class,
            descriptionKey = "coprod.option.language")
    Languages languages;

    /** The languages of one --language, such as "cy,en": each once, in the order given. */
    record Languages(List<Words> all) {}

    /** The first language asked for: the one coprod speaks. */
    Optional<Words> chosen() {
        return all().stream().findFirst();
    }

    /** Every language asked for, once each, in the order given. */
    List<Words> all() {
        return languages == null ? List.of() : languages.all();
    }

    /** Tags of languages coprod has words for, separated by commas, as their {@link Words}. */
    static final class Tags implements CommandLine.ITypeConverter<Languages> {
        @Override
        public Languages convert(String tags) {
            List<Words> languages = new java.util.ArrayList<>();
            for (String tag : tags.split(",", -1)) {
                if (!Words.isAvailable(tag)) {
                    throw new Unknown(tag);
                }
                languages.add(Words.forTag(tag));
            }
            return new Languages(languages.stream().distinct().toList());
        }
    }

    /** A language coprod has no words for; its message names the ones it has. */
    static final class Unknown extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        Unknown(String tag) {
            // language: the one asked for does not exist, so the message is in English
            super(Words.english().get("cli.language.unknown", Words.english().or(Words.available()), tag));
        }
    }

    /**
     * The language a command line asks for, read before picocli reads it, for picocli's own messages and the help:
     * English when none is given or the one given is unknown (picocli then says so).
     */
    static Words in(String... args) {
        List<String> given = Arrays.asList(args);
        int end = given.contains("--") ? given.indexOf("--") : given.size();
        for (int i = 0; i < end; i++) {
            String tag = given.get(i).startsWith("--language=")
                    ? given.get(i).substring("--language=".length())
                    : given.get(i).equals("--language") && i + 1 < end ? given.get(i + 1) : null;
            if (tag != null) {
                String first = tag.split(",", -1)[0];
                return Words.isAvailable(first) ? Words.forTag(first) : Words.english();
            }
        }
        return Words.english();
    }
}
