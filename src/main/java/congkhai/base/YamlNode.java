package congkhai.base;

import java.util.List;
import java.util.Map;

/** A YAML value with the position it was written at; the tree {@link YamlReader} builds. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourcePos pos();

    /** A plain value; {@code text} is null for YAML null (an empty value or {@code ~}). */
    record Scalar(String text, Kind kind, SourcePos pos) implements YamlNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    record Mapping(Map<String, Entry> entries, SourcePos pos) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }

    record Entry(String key, SourcePos keyPos, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, SourcePos pos) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    static String describe(YamlNode node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar s = (Scalar) node;
        return switch (s.kind()) {
            case NULL -> "empty";
            case BOOLEAN -> "a true/false value";
            case NUMBER -> "a number";
            case STRING -> "text";
        };
    }
}
