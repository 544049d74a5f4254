package congkhai.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Typed, located access to the fields of one YAML mapping. Every misuse becomes a {@link Problem}
 * in the list handed in; callers get an empty value and carry on, so one pass reports everything.
 */
public final class Fields {

    private final YamlNode.Mapping mapping;
    private final List<Problem> problems;

    private Fields(YamlNode.Mapping mapping, List<Problem> problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Fields of {@code node}, or empty (with a problem) when it is not a mapping. */
    public static Optional<Fields> of(YamlNode node, String what, List<Problem> problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, problems));
        }
        problems.add(new Problem(node.pos(), what + " must be a mapping of 'field: value' lines, not " + YamlNode.describe(node)));
        return Optional.empty();
    }

    public SourcePos pos() {
        return mapping.pos();
    }

    public boolean has(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    public Optional<YamlNode> node(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** Where the key's value is written, or the mapping's start when the key is absent. */
    public SourcePos valuePos(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.pos() : e.value().pos();
    }

    public void error(SourcePos pos, String message) {
        problems.add(new Problem(pos, message));
    }

    public Optional<Located<String>> requiredString(String key) {
        if (!mapping.entries().containsKey(key)) {
            error(mapping.pos(), "missing required field '" + key + "'");
            return Optional.empty();
        }
        Optional<Located<String>> value = optionalString(key);
        if (value.isPresent() && value.get().value().isBlank()) {
            error(value.get().pos(), "field '" + key + "' is empty");
            return Optional.empty();
        }
        if (value.isEmpty() && !has(key)) {
            error(valuePos(key), "field '" + key + "' is empty");
        }
        return value;
    }

    /** A text value; numbers are taken as their text. Absent and null give empty. */
    public Optional<Located<String>> optionalString(String key) {
        return node(key).flatMap(n -> scalarText(n, "field '" + key + "'"));
    }

    /** One text value or a list of them. */
    public List<Located<String>> stringList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<Located<String>> out = new ArrayList<>();
        if (node.get() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                scalarText(item, "each item of '" + key + "'").ifPresent(v -> {
                    if (v.value().isBlank()) {
                        error(v.pos(), "empty item in '" + key + "'");
                    } else {
                        out.add(v);
                    }
                });
            }
        } else {
            scalarText(node.get(), "field '" + key + "'").ifPresent(v -> {
                if (!v.value().isBlank()) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    /**
     * As {@link #stringList}, where an item (or the whole value) may also be a mapping, which
     * {@code mappingReader} turns into text; its problems are reported against this file.
     */
    public List<Located<String>> stringOrMappingList(String key, java.util.function.Function<Fields, Optional<Located<String>>> mappingReader) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        if (items.stream().noneMatch(i -> i instanceof YamlNode.Mapping)) {
            return stringList(key);
        }
        List<Located<String>> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping m) {
                mappingReader.apply(new Fields(m, problems)).ifPresent(out::add);
            } else {
                scalarText(item, "each item of '" + key + "'").ifPresent(v -> {
                    if (v.value().isBlank()) {
                        error(v.pos(), "empty item in '" + key + "'");
                    } else {
                        out.add(v);
                    }
                });
            }
        }
        return out;
    }

    public Optional<Located<PartialDate>> date(String key, boolean required, boolean quarterAllowed) {
        Optional<Located<String>> text = required ? requiredString(key) : optionalString(key);
        if (text.isEmpty() || text.get().value().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Located<>(PartialDate.parse(text.get().value(), quarterAllowed), text.get().pos()));
        } catch (IllegalArgumentException e) {
            error(text.get().pos(), "field '" + key + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    public boolean bool(String key, boolean otherwise) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return otherwise;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            // YAML 1.1 spellings (yes, on) arrive as booleans too; take them at their word
            return List.of("true", "yes", "on", "y").contains(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        error(node.get().pos(), "field '" + key + "' must be true or false, not " + YamlNode.describe(node.get()));
        return otherwise;
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NUMBER) {
            try {
                int v = Integer.parseInt(s.text());
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // falls through to the range message
            }
            error(s.pos(), "field '" + key + "' must be a whole number from " + min + " to " + max + ", not " + s.text());
            return Optional.empty();
        }
        error(node.get().pos(), "field '" + key + "' must be a whole number from " + min + " to " + max + ", not " + YamlNode.describe(node.get()));
        return Optional.empty();
    }

    /** Reports every key not in {@code known}, suggesting the closest known one. */
    public void rejectUnknown(Collection<String> known, String what) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!known.contains(e.key())) {
                error(e.keyPos(), "unknown field '" + e.key() + "' in " + what + Suggestions.didYouMean(e.key(), known));
            }
        }
    }

    private Optional<Located<String>> scalarText(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.isNull()) {
                return Optional.empty();
            }
            if (s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
                error(s.pos(), what + " must be text, not " + s.text() + " (quote it if you mean the word)");
                return Optional.empty();
            }
            return Optional.of(new Located<>(s.text(), s.pos()));
        }
        error(node.pos(), what + " must be text, not " + YamlNode.describe(node));
        return Optional.empty();
    }
}
