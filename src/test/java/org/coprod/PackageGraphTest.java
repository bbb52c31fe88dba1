package org.coprod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph of docs/architecture.md, checked from the sources: every package sits in a layer, and a package
 * uses only packages of lower layers, so there can be no cycle; the core uses nothing outside the core but
 * Apache Commons Statistics (exact t quantiles).
 */
class PackageGraphTest {
    private static final Path SOURCES = Path.of("src/main/java/org/coprod");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.coprod\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\borg\\.coprod\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");

    /** Lower numbers are further in. Packages of one layer may not use each other. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("core.words", 0),
            Map.entry("core.util", 0),
            Map.entry("core.model", 1),
            Map.entry("core.scoring", 2),
            Map.entry("core.batch", 3),
            Map.entry("text", 4),
            Map.entry("io", 5),
            Map.entry("io.yaml", 6),
            Map.entry("io.json", 6),
            Map.entry("results", 6),
            Map.entry("survey.workbook", 6),
            Map.entry("survey", 7),
            Map.entry("report", 7),
            Map.entry("interview", 7),
            Map.entry("app", 8),
            Map.entry("cli", 9));

    @Test
    void every_package_uses_only_packages_further_in() throws IOException {
        Map<String, Set<String>> edges = edges();
        List<String> wrong = new ArrayList<>();
        edges.forEach((from, targets) -> {
            assertThat(LAYERS)
                    .as("the layer of package " + from + " (add it to LAYERS and docs/architecture.md)")
                    .containsKey(from);
            for (String to : targets) {
                if (!LAYERS.containsKey(to) || LAYERS.get(to) >= LAYERS.get(from)) {
                    wrong.add(from + " -> " + to);
                }
            }
        });
        assertThat(wrong).as("dependencies that point outward or sideways").isEmpty();
    }

    @Test
    void the_core_uses_no_adapter_and_no_library_but_the_maths_one() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            if (!packageOf(code).startsWith("core.")) {
                continue;
            }
            Matcher imports = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE)
                    .matcher(code);
            while (imports.find()) {
                String name = imports.group(1);
                if (!name.startsWith("java.")
                        && !name.startsWith("org.coprod.core.")
                        && !name.startsWith("org.apache.commons.statistics.")) {
                    wrong.add(SOURCES.relativize(file) + ": " + name);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Map<String, Set<String>> edges() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            String from = packageOf(code);
            Set<String> targets = edges.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher use = USE.matcher(code);
            while (use.find()) {
                if (!use.group(1).equals(from)) {
                    targets.add(use.group(1));
                }
            }
        }
        return edges;
    }

    private static String packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1) : "";
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
