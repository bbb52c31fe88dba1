package org.coprod.io.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.FileAccessException;
import org.coprod.io.TextFiles;
import org.coprod.text.Suggestions;

/** The questionnaires bundled with coprod, and the lookup that lets a user name one or give a file. */
public final class Catalogue {
    public static final String DEFAULT = "six-principles";
    public static final List<String> BUILT_IN = List.of("six-principles", "cahn-five-values");
    private static final Map<String, Questionnaire> LOADED = new ConcurrentHashMap<>();
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
        return QuestionnaireReader.parse(
                shownName, TextFiles.readResource(resource, fileName, BUILT_IN_WORDS), BUILT_IN_WORDS);
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

    /** A questionnaire named by the user: a file path, or the id of a built-in one; what is wrong is told in {@code words}. */
    public static Questionnaire resolve(String nameOrPath, Words words) {
        Path path = Path.of(nameOrPath);
        if (Files.exists(path)) {
            return QuestionnaireReader.read(path, words);
        }
        Optional<Questionnaire> builtIn = builtIn(nameOrPath);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")) {
            throw new FileAccessException(words.get("io.read.no-file", nameOrPath));
        }
        throw new FileAccessException(words.get("yaml.catalogue.unknown", nameOrPath, String.join(", ", BUILT_IN))
                + Suggestions.didYouMean(words, nameOrPath, BUILT_IN));
    }
}
