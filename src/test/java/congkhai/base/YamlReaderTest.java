package congkhai.base;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final YamlReader yaml = new YamlReader();

    @Test
    void keepsTheLineAndColumnOfEveryValueShiftedByTheOffset() {
        Parsed<YamlNode> p = yaml.read("f.md", "type: plan\ntasks:\n  - id: t1\n    lead: so-xd\n", 1);
        YamlNode.Mapping root = assertInstanceOf(YamlNode.Mapping.class, p.value().orElseThrow());
        assertEquals(new SourcePos("f.md", 2, 7), root.entries().get("type").value().pos());
        YamlNode.Sequence tasks = assertInstanceOf(YamlNode.Sequence.class, root.entries().get("tasks").value());
        YamlNode.Mapping task = assertInstanceOf(YamlNode.Mapping.class, tasks.items().get(0));
        assertEquals(new SourcePos("f.md", 5, 11), task.entries().get("lead").value().pos());
        assertEquals(new SourcePos("f.md", 5, 5), task.entries().get("lead").keyPos());
    }

    @Test
    void datesStayTextAndNumbersAreMarkedAsNumbers() {
        YamlNode.Mapping root = (YamlNode.Mapping) yaml.read("f", "date: 2025-03-18\npercent: 60\nn: \"\"\n", 0).value().orElseThrow();
        YamlNode.Scalar date = (YamlNode.Scalar) root.entries().get("date").value();
        assertEquals("2025-03-18", date.text());
        assertEquals(YamlNode.Scalar.Kind.NUMBER, ((YamlNode.Scalar) root.entries().get("percent").value()).kind());
        assertEquals("", ((YamlNode.Scalar) root.entries().get("n").value()).text());
    }

    @Test
    void duplicateKeysAreProblems() {
        Parsed<YamlNode> p = yaml.read("f", "title: a\ntitle: b\n", 0);
        assertEquals(List.of(new Problem(new SourcePos("f", 2, 1), "duplicate key 'title' (first at line 1)")), p.problems());
    }

    @Test
    void syntaxErrorsAreLocatedNotThrown() {
        Parsed<YamlNode> p = yaml.read("f", "a: [1, 2\nb: c\n", 0);
        assertTrue(p.value().isEmpty());
        assertEquals(1, p.problems().size());
        assertTrue(p.problems().get(0).message().startsWith("invalid YAML"), p.problems().toString());
    }
}
