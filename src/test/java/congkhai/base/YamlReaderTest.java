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

    @Test
    void aliasesTagsControlCharactersAndDeepNestingAreLocatedProblems() {
        assertEquals(List.of(new Problem(new SourcePos("f", 2, 9), "YAML aliases ('*a') are not supported; write the value out")),
                yaml.read("f", "title: &a x\nnumber: *a\n", 0).problems());
        assertEquals(List.of(new Problem(new SourcePos("f", 1, 8), "this YAML value is not text, a number or true/false; remove its '!!' tag")),
                yaml.read("f", "title: !!binary aGVsbG8=\n", 0).problems());
        assertEquals(List.of(new Problem(new SourcePos("f", 1, 8), "control character U+001B (written as an escape) is not allowed in a value")),
                yaml.read("f", "title: \"a\\e[31m\"\n", 0).problems());
        // in a key as in a value, and once for a text however many it holds: the first
        assertEquals(List.of(new Problem(new SourcePos("f", 1, 1), "control character U+202E (written as an escape) is not allowed in a value"),
                        new Problem(new SourcePos("f", 1, 13), "control character U+0001 (written as an escape) is not allowed in a value")),
                yaml.read("f", "\"a\\u202Eb\": \"x\\u0001y\\u0000\"\n", 0).problems());
        Parsed<YamlNode> deep = yaml.read("f", "a: " + "[".repeat(100) + "]".repeat(100) + "\n", 0);
        assertTrue(deep.value().isEmpty());
        assertEquals("invalid YAML: lists and mappings nested more than 64 levels deep", deep.problems().get(0).message());
    }

    @Test
    void aBillionLaughsIsNeverExpanded() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            bomb.append(name).append(": &").append(name).append(" [").append(("*" + previous + ", ").repeat(8)).append("*").append(previous).append("]\n");
            previous = name;
        }
        Parsed<YamlNode> p = yaml.read("f", bomb.toString(), 0);
        assertEquals(8 * 9, p.problems().size(), "one problem per alias written, none per expansion");
    }
}
