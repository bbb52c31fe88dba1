package org.coprod.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every word people see behind {@link Words}: the Java sources hold keys, the files in
 * {@code src/main/resources/org/coprod/words} hold the words.
 */
class WordingSeamTest {
    private static final Path SOURCES = Path.of("src/main/java/org/coprod");
    private static final Path WORDS = Path.of("src/main/resources/org/coprod/words");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,} [a-z]{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z]+(?:\\.[a-z0-9-]+)+\\.?");
    /** A file's name, such as report.css, which looks like a key but is not one. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|js|json|ya?ml|html?|md|csv|txt|xlsx)");
    /** Markup, such as {@code <th scope="col">}; a tag may be opened in one literal and closed in the next. */
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>?");
    /** Messages of exceptions that only a programming mistake can raise; nobody using coprod sees them. */
    private static final Pattern PROGRAMMER_ERROR = Pattern.compile(
            "new (IllegalArgumentException|IllegalStateException|AssertionError|UnsupportedOperationException|MissingResourceException)\\(");

    /**
     * Packages whose sentences are still written in the code, being moved behind the seam; the list only shrinks (the
     * test fails when a package on it has none left, so that it is taken off).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    @Test
    void sentences_are_in_the_word_files_not_in_the_code() throws IOException {
        Map<String, List<String>> sentencesByPackage = new TreeMap<>();
        for (Path file : javaFiles()) {
            String pkg = SOURCES.relativize(file.getParent()).toString().replace('\\', '/');
            for (String literal : literals(file)) {
                if (TWO_WORDS.matcher(MARKUP.matcher(literal).replaceAll(" ")).find()) {
                    sentencesByPackage
                            .computeIfAbsent(pkg, p -> new ArrayList<>())
                            .add(file.getFileName() + ": " + literal);
                }
            }
        }
        Map<String, List<String>> unexpected = new TreeMap<>(sentencesByPackage);
        unexpected.keySet().removeAll(NOT_YET_MOVED);
        assertThat(unexpected)
                .as("sentences written in the code instead of behind org.coprod.core.words.Words")
                .isEmpty();
        Set<String> finished = new TreeSet<>(NOT_YET_MOVED);
        finished.removeAll(sentencesByPackage.keySet());
        assertThat(finished)
                .as("packages with no sentence left in the code: take them off NOT_YET_MOVED")
                .isEmpty();
    }

    @Test
    void every_key_the_code_names_exists_in_english() throws IOException {
        Properties english = wordsOf("");
        Set<String> files = wordFiles();
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            for (String literal : literals(file)) {
                if (!KEY.matcher(literal).matches()
                        || FILE_NAME.matcher(literal).matches()
                        || !files.contains(literal.substring(0, literal.indexOf('.')))) {
                    continue;
                }
                boolean found = literal.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(literal))
                        : english.containsKey(literal) || english.containsKey(literal + ".other");
                if (!found) {
                    missing.add(file.getFileName() + ": " + literal);
                }
            }
        }
        assertThat(missing)
                .as("keys named in the code but missing from the English word files")
                .isEmpty();
    }

    @Test
    void every_language_says_only_keys_english_has_and_the_same_placeholders() throws IOException {
        Properties english = wordsOf("");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> paths = Files.list(WORDS)) {
            for (Path file :
                    paths.filter(p -> p.getFileName().toString().contains("_")).toList()) {
                Properties other = load(file);
                for (String key : other.stringPropertyNames()) {
                    String base = key.replaceFirst("\\.(zero|one|two|few|many|other)$", "");
                    String englishText = english.getProperty(key, english.getProperty(base + ".other"));
                    if (englishText == null) {
                        problems.add(file.getFileName() + ": " + key + " is not an English key");
                    } else if (!placeholders(englishText).equals(placeholders(other.getProperty(key)))) {
                        problems.add(file.getFileName() + ": " + key + " has other placeholders than English");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.remove("{0}"); // a count's own figure may be left out ("un ymatebydd")
        return found;
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The string literals of a source file, leaving out comments and programming-error messages. */
    static List<String> literals(Path file) throws IOException {
        String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> found = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (PROGRAMMER_ERROR.matcher(line).find() || line.strip().startsWith("//")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line.replaceAll("\\s//.*$", ""));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static Set<String> wordFiles() throws IOException {
        try (Stream<Path> paths = Files.list(WORDS)) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Every English key of every word file ({@code suffix} "" for English, "_cy" for Welsh). */
    static Properties wordsOf(String suffix) throws IOException {
        Properties all = new Properties();
        for (String name : wordFiles()) {
            Path file = WORDS.resolve(name + suffix + ".properties");
            if (Files.exists(file)) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
