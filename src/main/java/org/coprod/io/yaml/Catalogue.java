package org.coprod.io.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.FileAccessException;
import org.coprod.io.TextFiles;
import org.coprod.text.Suggestions;

/**
 * The questionnaires bundled with coprod, and the lookup that lets a user name one or give a file.
 *
 * <p>Translations: a questionnaire's version in another language has the same ids, options, values and rules, and sits
 * in a folder named by the language beside it, under the same file name: {@code questionnaires/cy/six-principles.yaml}
 * for the built-in one, {@code my/cy/own.yaml} for {@code my/own.yaml}. An answer given in one language is then the
 * same answer in the other (see {@link org.coprod.core.model.Translation}).
 */
public final class Catalogue {
    public static final String DEFAULT = "six-principles";
    public static final List<String> BUILT_IN = List.of("six-principles", "cahn-five-values");
    private static final Map<String, Questionnaire> LOADED = new ConcurrentHashMap<>();
    /** Where each built-in questionnaire read so far came from, so that its translations are found beside it. */
    private static final Map<Questionnaire, String> RESOURCES = Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * The language of problems in a built-in questionnaire: none are ever seen, as the tests read every one, and a
     * questionnaire read once serves every run whatever its language.
     */
    private static final Words BUILT_IN_WORDS = Words.english();

    private Catalogue() {}

    public static Optional<Questionnaire> builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(
                id,
                key -> parseBuiltIn(
                        BUILT_IN_WORDS.get("yaml.catalogue.built-in", key),
                        "questionnaires/" + key + ".yaml",
                        key + ".yaml")));
    }

    /**
     * The built-in questionnaire as it was at the major version of {@code version}: the current one, or an earlier one
     * kept in questionnaires/older/ so that answers given to it still report.
     */
    public static Optional<Questionnaire> builtIn(String id, String version) {
        Optional<Questionnaire> current = builtIn(id);
        String major = Questionnaire.majorVersion(version);
        if (current.isEmpty()
                || major.equals(Questionnaire.majorVersion(current.get().version()))) {
            return current;
        }
        String resource = "questionnaires/older/" + id + "-" + major + ".0.yaml";
        if (!major.matches("\\d{1,3}") || Catalogue.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(
                id + "@" + major,
                key -> parseBuiltIn(
                        BUILT_IN_WORDS.get("yaml.catalogue.built-in-version", id, major + ".0"),
                        resource,
                        id + "-" + major + ".0.yaml")));
    }

    private static Questionnaire parseBuiltIn(String shownName, String resource, String fileName) {
        Questionnaire questionnaire = QuestionnaireReader.parse(
                shownName, TextFiles.readResource(resource, fileName, BUILT_IN_WORDS), BUILT_IN_WORDS);
        RESOURCES.put(questionnaire, resource);
        return questionnaire;
    }

    /**
     * The built-in questionnaire as it was at the major version of {@code version}, in a language: its translation
     * where coprod has one, otherwise as it is (the caller can tell by its {@link Questionnaire#language()}).
     */
    public static Optional<Questionnaire> builtIn(String id, String version, String language) {
        return builtIn(id, version).map(q -> inLanguage(q, language));
    }

    /**
     * A built-in questionnaire (any version, any language) in another language: its translation where there is one,
     * otherwise itself. A questionnaire that is not built in is itself.
     */
    public static Questionnaire inLanguage(Questionnaire questionnaire, String language) {
        String resource = RESOURCES.get(questionnaire);
        if (resource == null || sameLanguage(questionnaire.language(), language)) {
            return questionnaire;
        }
        // translations live beside the original, English one, so a translation's translation is the original's
        String original = resource.replaceFirst("/[a-z]{2,3}/([^/]+)$", "/$1");
        if (sameLanguage(language, "en")) {
            return originalOf(original);
        }
        Optional<String> folder = folderOf(language);
        String translated = original.replaceFirst("([^/]+)$", folder.orElse("") + "/$1");
        if (folder.isEmpty() || Catalogue.class.getClassLoader().getResource(translated) == null) {
            return questionnaire;
        }
        return LOADED.computeIfAbsent(
                translated,
                key -> parseBuiltIn(
                        BUILT_IN_WORDS.get("yaml.catalogue.built-in-translation", questionnaire.id(), language),
                        translated,
                        translated.substring("questionnaires/".length())));
    }

    /** The built-in questionnaire read from an original (untranslated) resource. */
    private static Questionnaire originalOf(String resource) {
        synchronized (RESOURCES) {
            return RESOURCES.entrySet().stream()
                    .filter(e -> e.getValue().equals(resource))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * A questionnaire named by the user, in a language: a built-in one's translation, or for a file the translation in
     * the folder named by the language beside it ({@code cy/own.yaml} for {@code own.yaml}), where there is one.
     */
    public static Questionnaire resolve(String nameOrPath, String language, Words words) {
        Path path = Path.of(nameOrPath);
        Optional<String> folder = folderOf(language);
        if (Files.exists(path) && folder.isPresent()) {
            Path translated = (path.getParent() == null ? Path.of(".") : path.getParent())
                    .resolve(folder.get())
                    .resolve(path.getFileName());
            Questionnaire given = QuestionnaireReader.read(path, words);
            return sameLanguage(given.language(), language) || !Files.isRegularFile(translated)
                    ? given
                    : QuestionnaireReader.read(translated, words);
        }
        Questionnaire found = resolve(nameOrPath, words);
        return folder.isPresent() ? inLanguage(found, language) : found;
    }

    /** The folder of a language's translations: its language code ("cy" for "cy" or "cy-GB"), if it is a language tag. */
    private static Optional<String> folderOf(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.strip()).getLanguage();
        return language.matches("[a-z]{2,3}") ? Optional.of(language) : Optional.empty();
    }

    private static boolean sameLanguage(String one, String other) {
        return one != null
                && other != null
                && Locale.forLanguageTag(one.strip())
                        .getLanguage()
                        .equals(Locale.forLanguageTag(other.strip()).getLanguage());
    }

    /** Every version of a built-in questionnaire that coprod still reads: the current one first, then older ones. */
    public static List<Questionnaire> versions(String id) {
        List<Questionnaire> versions = new java.util.ArrayList<>();
        builtIn(id).ifPresent(current -> {
            versions.add(current);
            int major = Integer.parseInt(Questionnaire.majorVersion(current.version()));
            for (int older = major - 1; older >= 1; older--) {
                builtIn(id, older + ".0").filter(q -> q != current).ifPresent(versions::add);
            }
        });
        return versions;
    }

    public static List<Questionnaire> all() {
        return BUILT_IN.stream().map(id -> builtIn(id).orElseThrow()).toList();
    }

    /**
     * A questionnaire named by the user: a file path, or the id of a built-in one, in the language of {@code words} where
     * coprod has it in that language; what is wrong is told in {@code words}.
     */
    public static Questionnaire resolve(String nameOrPath, Words words) {
        Path path = Path.of(nameOrPath);
        if (Files.exists(path)) {
            return QuestionnaireReader.read(path, words);
        }
        Optional<Questionnaire> builtIn = builtIn(nameOrPath);
        if (builtIn.isPresent()) {
            return inLanguage(builtIn.get(), words.tag());
        }
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")) {
            throw new FileAccessException(words.get("io.read.no-file", nameOrPath));
        }
        throw new FileAccessException(words.get("yaml.catalogue.unknown", nameOrPath, String.join(", ", BUILT_IN))
                + Suggestions.didYouMean(words, nameOrPath, BUILT_IN));
    }
}
