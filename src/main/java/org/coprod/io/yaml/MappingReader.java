package org.coprod.io.yaml;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.text.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a column mapping file: which export column holds which question, and optionally which columns hold the
 * service and the role, which answer codes mean "not applicable" and "don't know", and the names of services and
 * roles exported as codes.
 *
 * <pre>
 * service: G01Q01
 * role: G01Q02
 * columns:
 *   G02Q01: assets-skills-asked
 *   G02Q02: assets-skills-used
 * notApplicable: [A6]
 * dontKnow: [A7]
 * services:
 *   A1: Riverside Recovery College
 * roles:
 *   A1: Staff member
 * </pre>
 */
public final class MappingReader {
    /**
     * What a mapping file (and the command line) say of the exports: column name to question id, the service and role
     * columns if named, the answer codes for "not applicable" and "don't know", and the names of services and roles by
     * their codes.
     */
    public record Mapping(
            Map<String, String> columns,
            Optional<String> service,
            Optional<String> role,
            Set<String> notApplicable,
            Set<String> dontKnow,
            Map<String, String> services,
            Map<String, String> roles) {
        /** No mapping file: columns are matched by their headings. */
        public static Mapping none() {
            return new Mapping(Map.of(), Optional.empty(), Optional.empty(), Set.of(), Set.of(), Map.of(), Map.of());
        }

        /** This mapping with more codes for "not applicable" and "don't know", given on the command line. */
        public Mapping withCodes(Collection<String> moreNotApplicable, Collection<String> moreDontKnow) {
            Set<String> notApplicableCodes = new LinkedHashSet<>(notApplicable);
            notApplicableCodes.addAll(moreNotApplicable);
            Set<String> dontKnowCodes = new LinkedHashSet<>(dontKnow);
            dontKnowCodes.addAll(moreDontKnow);
            return new Mapping(columns, service, role, notApplicableCodes, dontKnowCodes, services, roles);
        }
    }

    private static final Set<String> TOP = new LinkedHashSet<>(
            List.of("service", "role", "columns", "notApplicable", "dontKnow", "services", "roles"));

    private MappingReader() {}

    /** @param words the language of the messages about the file */
    public static Mapping read(Path path, Questionnaire questionnaire, Words words) {
        String file = path.toString();
        Problems problems = new Problems(file);
        Node root = FileKind.compose(file, FileKind.read(path, FileKind.MAPPING), FileKind.MAPPING);
        FileKind.mistaken(file, root, FileKind.MAPPING).ifPresent(wrongKind -> {
            throw new InvalidInputException(wrongKind);
        });
        Optional<MapView> top = MapView.of(problems, root, words.get("survey.mapping.the-file"), TOP);
        Map<String, String> columns = new LinkedHashMap<>();
        Optional<String> service = top.flatMap(t -> t.optionalText("service"));
        Optional<String> role = top.flatMap(t -> t.optionalText("role"));
        Set<String> ids = new LinkedHashSet<>(
                questionnaire.questions().stream().map(Question::id).toList());
        top.flatMap(t -> t.value("columns")).ifPresent(node -> {
            if (!(node instanceof MappingNode mapping)) {
                problems.at(node, words.get("survey.mapping.columns-not-lines"));
                return;
            }
            mapping.getValue().forEach(tuple -> {
                String column = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
                Optional<String> id = MapView.scalarText(
                        problems,
                        tuple.getValueNode(),
                        words.get("survey.mapping.question-of-column", Problem.quote(column)),
                        true);
                if (id.isPresent() && !ids.contains(id.get())) {
                    problems.at(
                            tuple.getValueNode(),
                            words.get(
                                    "survey.mapping.not-a-question",
                                    Problem.quote(column),
                                    Problem.quote(id.get()),
                                    Problem.quote(questionnaire.id()),
                                    Suggestions.didYouMean(words, id.get(), ids)));
                } else if (id.isPresent() && columns.containsValue(id.get())) {
                    problems.at(
                            tuple.getValueNode(), words.get("survey.mapping.question-twice", Problem.quote(id.get())));
                } else {
                    id.ifPresent(q -> columns.put(column, q));
                }
            });
        });
        if (top.isPresent() && TOP.stream().noneMatch(top.get()::has)) {
            problems.at(root, words.get("survey.mapping.empty"));
        }
        Set<String> notApplicable =
                new LinkedHashSet<>(top.map(t -> t.textList("notApplicable")).orElse(List.of()));
        Set<String> dontKnow =
                new LinkedHashSet<>(top.map(t -> t.textList("dontKnow")).orElse(List.of()));
        notApplicable.stream()
                .filter(dontKnow::contains)
                .forEach(code -> problems.at(
                        top.get().keyNode("dontKnow"), words.get("survey.mapping.code-twice", Problem.quote(code))));
        Map<String, String> services =
                top.map(t -> names(t, "services", problems, words)).orElse(Map.of());
        Map<String, String> roles =
                top.map(t -> names(t, "roles", problems, words)).orElse(Map.of());
        problems.throwIfAny();
        return new Mapping(columns, service, role, notApplicable, dontKnow, services, roles);
    }

    /** Lines of "code: name", naming the services or roles that an export gives as codes. */
    private static Map<String, String> names(MapView top, String key, Problems problems, Words words) {
        Map<String, String> names = new LinkedHashMap<>();
        top.value(key).ifPresent(node -> {
            if (!(node instanceof MappingNode mapping)) {
                problems.at(node, words.get("survey.mapping.names-not-lines", key));
                return;
            }
            mapping.getValue().forEach(tuple -> {
                String code = tuple.getKeyNode() instanceof ScalarNode scalar
                        ? scalar.getValue().strip()
                        : "";
                MapView.scalarText(
                                problems,
                                tuple.getValueNode(),
                                words.get("survey.mapping.name-of-code", Problem.quote(code)),
                                true)
                        .ifPresent(name -> names.put(code, name));
            });
        });
        return names;
    }
}
