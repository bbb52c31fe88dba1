package org.coprod.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coprod.core.words.Words;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** --language, which every command takes: the language of coprod's messages, and of reports instead of their own. */
final class LanguageOption {
    @Option(
            names = "--language",
            paramLabel = "TAG",
            scope = ScopeType.INHERIT,
            converter = Tags.class,
            descriptionKey = "coprod.option.language")
    Words language;

    Optional<Words> chosen() {
        return Optional.ofNullable(language);
    }

    /** A tag of a language coprod has words for, as its {@link Words}. */
    static final class Tags implements CommandLine.ITypeConverter<Words> {
        @Override
        public Words convert(String tag) {
            if (!Words.isAvailable(tag)) {
                throw new Unknown(tag);
            }
            return Words.forTag(tag);
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
                return Words.isAvailable(tag) ? Words.forTag(tag) : Words.english();
            }
        }
        return Words.english();
    }
}
