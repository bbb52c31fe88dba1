package org.coprod.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: every word coprod says in English it says in Welsh too, with the same placeholders, and every count in
 * each of the forms the Welsh plural rule asks for, so that a Welsh reader never meets English by falling back.
 */
class WelshWordsTest {
    private static final Path WORDS = Path.of("src/main/resources/org/coprod/words");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Every form {@link PluralRule#WELSH} can ask for: "zero", "one", "two", "few", "many" and "other". */
    private static final Set<String> WELSH_FORMS =
            LongStream.range(0, 1000).mapToObj(PluralRule.WELSH::category).collect(Collectors.toSet());

    @Test
    void every_english_key_is_in_welsh_with_the_same_placeholders_and_every_plural_form() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : englishFiles()) {
            Path welsh = WORDS.resolve(file + "_cy.properties");
            if (!Files.exists(welsh)) {
                problems.add(file + "_cy.properties is missing");
                continue;
            }
            problems.addAll(differences(file, load(WORDS.resolve(file + ".properties")), load(welsh)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_welsh_plural_rule_has_six_forms() {
        assertThat(WELSH_FORMS).containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
    }

    /** The check above, on files made to be wrong: it must not pass a key left out or a placeholder lost. */
    @Test
    void a_missing_key_a_missing_form_and_a_lost_placeholder_are_each_found() {
        Properties english = properties(
                "t.plain",
                "Nothing",
                "t.filled",
                "{0} of {1}",
                "t.people.one",
                "{0} person",
                "t.people.other",
                "{0} people");
        Properties welsh = properties(
                "t.filled",
                "{0} o",
                "t.people.zero",
                "dim pobl",
                "t.people.one",
                "un person",
                "t.people.two",
                "{0} berson",
                "t.people.few",
                "{0} pherson",
                "t.people.other",
                "{0} person",
                "t.extra",
                "Ychwanegol");
        assertThat(differences("t", english, welsh))
                .containsExactlyInAnyOrder(
                        "t_cy.properties: t.plain is missing",
                        "t_cy.properties: t.filled has {0} where English has {0}, {1}",
                        "t_cy.properties: t.people.many is missing",
                        "t_cy.properties: t.extra is not an English key");
    }

    @Test
    void the_welsh_files_agree_with_the_english_ones_as_the_code_looks_them_up() {
        Words welsh = Words.forTag("cy");
        assertThat(welsh.get("report.answers.heading")).isEqualTo("Atebion");
        assertThat(welsh.and(List.of("Bangor", "Caerdydd", "Wrecsam"))).isEqualTo("Bangor, Caerdydd a Wrecsam");
        // "ac" before a vowel (a, e, i, o, u, y), accented or not, but "a Wrecsam"; "neu" has no such form
        assertThat(welsh.and(List.of("Bangor", "Abertawe"))).isEqualTo("Bangor ac Abertawe");
        assertThat(welsh.and(List.of("Llais", "Ôl-ofal"))).isEqualTo("Llais ac Ôl-ofal");
        assertThat(welsh.and(List.of("Bangor", "Ynys Môn"))).isEqualTo("Bangor ac Ynys Môn");
        assertThat(welsh.or(List.of("Bangor", "Abertawe"))).isEqualTo("Bangor neu Abertawe");
        assertThat(Words.english().and(List.of("Bangor", "Abertawe"))).isEqualTo("Bangor and Abertawe");
        assertThat(List.of(1L, 2L, 3L, 4L, 6L, 20L).stream().map(n -> welsh.count("cli.validate.questions", n)))
                .containsExactly("1 cwestiwn", "2 gwestiwn", "3 chwestiwn", "4 cwestiwn", "6 chwestiwn", "20 cwestiwn");
        assertThat(List.of(1L, 2L, 3L, 6L).stream().map(n -> welsh.count("report.count.problems", n)))
                .containsExactly("1 broblem", "2 broblem", "3 problem", "6 phroblem");
    }

    /** What the Welsh words of one file lack or have too many of, against the English ones. */
    static List<String> differences(String file, Properties english, Properties welsh) {
        String name = file + "_cy.properties";
        Set<String> counts = counts(english, welsh);
        Set<String> needed = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            Optional<String> count = countOf(key).filter(counts::contains);
            if (count.isPresent()) {
                WELSH_FORMS.forEach(form -> needed.add(count.get() + "." + form));
            } else {
                needed.add(key);
            }
        }
        List<String> problems = new ArrayList<>();
        needed.stream()
                .filter(key -> !welsh.containsKey(key))
                .forEach(key -> problems.add(name + ": " + key + " is missing"));
        for (String key : new TreeSet<>(welsh.stringPropertyNames())) {
            Optional<String> count = countOf(key).filter(counts::contains);
            String englishText = count.isPresent()
                    ? english.getProperty(key, english.getProperty(count.get() + ".other"))
                    : english.getProperty(key);
            if (englishText == null) {
                problems.add(name + ": " + key + " is not an English key");
                continue;
            }
            Set<String> expected = placeholders(englishText);
            Set<String> found = placeholders(welsh.getProperty(key));
            if (count.isPresent()) {
                // a count may say its own figure in words ("dwy ffeil"), so {0} may be left out
                expected.remove("{0}");
                found.remove("{0}");
            }
            if (!expected.equals(found)) {
                problems.add(name + ": " + key + " has " + String.join(", ", found) + " where English has "
                        + String.join(", ", expected));
            }
        }
        return problems;
    }

    /**
     * The keys said in plural forms: those English says with a "one" form, and those Welsh gives forms English does
     * not have (such as a count English only says one way, "{1}… ({2} characters)").
     */
    private static Set<String> counts(Properties english, Properties welsh) {
        Set<String> counts = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".one"))
                .forEach(k -> counts.add(countOf(k).orElseThrow()));
        welsh.stringPropertyNames().stream()
                .filter(k -> countOf(k).isPresent() && !k.endsWith(".one") && !k.endsWith(".other"))
                .forEach(k -> counts.add(countOf(k).orElseThrow()));
        return counts;
    }

    /** "a.b" for "a.b.few"; nothing for a key that does not end in a plural form. */
    private static Optional<String> countOf(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && WELSH_FORMS.contains(key.substring(dot + 1))
                ? Optional.of(key.substring(0, dot))
                : Optional.empty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> englishFiles() throws IOException {
        try (Stream<Path> paths = Files.list(WORDS)) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
