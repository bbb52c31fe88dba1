package org.coprod.io.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.words.Words;
import org.coprod.io.Problem;
import org.coprod.text.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read strictly: only the keys it declares are allowed (others are reported, with a suggestion),
 * a key may appear once, and each value is checked for the type expected. Every problem names where it is
 * and what it is part of ("in question 'assets-1'"). Merge keys ({@code <<: *defaults}) are honoured.
 */
public final class MapView {
    private final Problems problems;
    private final Words words;
    private final Node node;
    private String where;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MapView(Problems problems, Node node, String where) {
        this.problems = problems;
        this.words = problems.words();
        this.node = node;
        this.where = where;
    }

    /**
     * Reads {@code node} as a mapping allowed to hold only {@code keys}; empty (with a problem) if it is not a mapping.
     * {@code where} says what it is, as messages name it; with an id, its quoted id follows.
     */
    public static Optional<MapView> of(Problems problems, Node node, String where, Set<String> keys) {
        return of(problems, node, Part.called(where), keys);
    }

    /** Reads {@code node} as a mapping allowed to hold only {@code keys}; empty (with a problem) if it is not a mapping. */
    static Optional<MapView> of(Problems problems, Node node, Part part, Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            problems.report(node, "yaml.map.not-a-mapping", part.unnamed(), describe(problems.words(), node));
            return Optional.empty();
        }
        MapView view = new MapView(problems, node, named(problems, mapping, part));
        view.collect(mapping, keys, new LinkedHashSet<>());
        return Optional.of(view);
    }

    /** "a question" becomes "question 'assets-1'" when the mapping has an id, so every problem says which one. */
    private static String named(Problems problems, MappingNode mapping, Part part) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key
                    && key.getValue().equals("id")
                    && tuple.getValueNode() instanceof ScalarNode id
                    && !id.getValue().isBlank()) {
                return part.named(problems.quote(id.getValue()));
            }
        }
        return part.unnamed();
    }

    private void collect(MappingNode mapping, Set<String> keys, Set<String> explicit) {
        List<NodeTuple> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merges.add(tuple);
                continue;
            }
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.report(keyNode, "yaml.map.key-not-a-word", where, describe(words, keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (!keys.contains(key)) {
                problems.report(
                        keyNode,
                        "yaml.map.unknown-field",
                        problems.quote(key),
                        where,
                        Suggestions.didYouMean(words, key, keys),
                        String.join(", ", keys));
            } else if (entries.containsKey(key) && explicit.contains(key)) {
                problems.report(
                        keyNode,
                        "yaml.map.twice",
                        key,
                        where,
                        entries.get(key).getKeyNode().getStartMark().getLine() + 1);
            } else {
                entries.put(key, tuple);
                explicit.add(key);
            }
        }
        for (NodeTuple merge : merges) {
            mergeFrom(merge.getValueNode(), keys);
        }
    }

    private void mergeFrom(Node source, Set<String> keys) {
        List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
        for (Node each : sources) {
            if (!(each instanceof MappingNode mapping)) {
                problems.report(each, "yaml.map.merge-not-a-mapping", where);
                continue;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && keys.contains(scalar.getValue())) {
                    entries.putIfAbsent(scalar.getValue(), tuple);
                } else if (tuple.getKeyNode() instanceof ScalarNode scalar) {
                    problems.report(
                            tuple.getKeyNode(),
                            "yaml.map.merged-unknown-field",
                            problems.quote(scalar.getValue()),
                            where,
                            Suggestions.didYouMean(words, scalar.getValue(), keys));
                }
            }
        }
    }

    public Node node() {
        return node;
    }

    public String where() {
        return where;
    }

    /** Names this mapping better once its id is known: "question 'assets-1'" instead of "a question". */
    public MapView describedAs(String description) {
        this.where = description;
        return this;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    public Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public String requiredText(String key) {
        return text(key, true).orElse("");
    }

    public Optional<String> optionalText(String key) {
        return text(key, false);
    }

    private Optional<String> text(String key, boolean required) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return scalarText(problems, value.get(), field(key), required);
    }

    /** "'label' in option 'Never' in answer set 'frequency'": a field of this mapping, as messages name it. */
    private String field(String key) {
        return words.get("yaml.value.field", key, where);
    }

    /** The text of a scalar node, or a problem if it is a list or mapping (or empty when text is required). */
    public static Optional<String> scalarText(Problems problems, Node value, String what, boolean required) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.report(value, "yaml.value.not-text", what, describe(problems.words(), value));
            return Optional.empty();
        }
        String text = scalar.getValue();
        if (scalar.getTag().equals(Tag.NULL) || text.isBlank()) {
            if (required) {
                problems.report(value, "yaml.value.empty", what);
            }
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    public Optional<Double> optionalNumber(String key) {
        return number(key, false);
    }

    public double requiredNumber(String key) {
        return number(key, true).orElse(Double.NaN);
    }

    private Optional<Double> number(String key, boolean required) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        Optional<String> text = scalarText(problems, value.get(), field(key), true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            double number = Double.parseDouble(text.get().replace("_", ""));
            if (Double.isFinite(number)) {
                return Optional.of(number);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.report(value.get(), "yaml.value.not-a-number", field(key), problems.quote(text.get()));
        return Optional.empty();
    }

    public boolean flag(String key, boolean otherwise) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return otherwise;
        }
        Optional<String> text = scalarText(problems, value.get(), field(key), true);
        if (text.isEmpty()) {
            return otherwise;
        }
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                problems.report(value.get(), "yaml.value.not-a-flag", field(key), problems.quote(text.get()));
                return otherwise;
            }
        }
    }

    /** The items of a list value; a missing optional list is empty. */
    public List<Node> list(String key, boolean required) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (value.get() instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank())) {
            if (required) {
                problems.report(value.get(), "yaml.value.empty-list", field(key));
            }
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.report(value.get(), "yaml.value.not-a-list", field(key), describe(words, value.get()));
            return List.of();
        }
        if (required && sequence.getValue().isEmpty()) {
            problems.report(value.get(), "yaml.value.empty-list", field(key));
        }
        return sequence.getValue();
    }

    /** A list of plain text values, such as aliases or tags. */
    public List<String> textList(String key) {
        List<String> texts = new ArrayList<>();
        for (Node item : list(key, false)) {
            scalarText(problems, item, words.get("yaml.value.list-entry", key, where), true)
                    .ifPresent(texts::add);
        }
        return texts;
    }

    Optional<MapView> map(String key, Part what, Set<String> keys, boolean required) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return of(problems, value.get(), what, keys);
    }

    private void missing(String key) {
        problems.report(node, "yaml.map.missing", where, key);
    }

    /** What a value is, for "but it is ...": its kind, or a short value itself. */
    static String describe(Words words, Node node) {
        if (node instanceof MappingNode) {
            return words.get("yaml.node.mapping");
        }
        if (node instanceof SequenceNode) {
            return words.get("yaml.node.list");
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.isBlank() ? words.get("yaml.node.empty") : Problem.quote(value, words);
        }
        return words.get("yaml.node.other");
    }
}
