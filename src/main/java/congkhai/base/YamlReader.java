package congkhai.base;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link YamlNode} tree that remembers where every key and value was
 * written. Thread-safe; make one per build.
 */
public final class YamlReader {

    /** Records nest four levels deep (a task's list of leads); anything near this is a mistake or an attack. */
    static final int MAX_DEPTH = 64;

    private final YAMLFactory factory = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /**
     * @param path       the file's path as errors should name it
     * @param text       the YAML text
     * @param lineOffset lines before {@code text} in the file (front matter starts after a {@code ---} line)
     */
    public Parsed<YamlNode> read(String path, String text, int lineOffset) {
        List<Problem> problems = new ArrayList<>();
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Parsed.of(new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, new SourcePos(path, 1 + lineOffset, 1)), problems);
            }
            YamlNode root = readNode(parser, path, lineOffset, problems);
            if (parser.nextToken() != null) {
                problems.add(new Problem(pos(parser.currentTokenLocation(), path, lineOffset),
                        "more than one YAML document here; a file holds one (use a YAML list for several values)"));
            }
            return Parsed.of(root, problems);
        } catch (StreamConstraintsException e) {
            problems.add(new Problem(pos(parser.currentLocation(), path, lineOffset),
                    "invalid YAML: lists and mappings nested more than " + MAX_DEPTH + " levels deep"));
            return Parsed.failed(problems);
        } catch (StreamReadException e) {
            problems.add(syntaxProblem(e, path, lineOffset));
            return Parsed.failed(problems);
        } catch (IOException e) {
            problems.add(new Problem(new SourcePos(path, 1 + lineOffset, 1), "cannot read YAML: " + e.getMessage()));
            return Parsed.failed(problems);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from a string: nothing to release
            }
        }
    }

    private YamlNode readNode(JsonParser parser, String path, int lineOffset, List<Problem> problems) throws IOException {
        JsonToken token = parser.currentToken();
        SourcePos here = pos(parser.currentTokenLocation(), path, lineOffset);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // an alias is not expanded by the streaming parser; taking its name as the value would be silently wrong
            problems.add(new Problem(here, "YAML aliases ('*" + parser.getText() + "') are not supported; write the value out"));
            return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, here);
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePos keyPos = pos(parser.currentTokenLocation(), path, lineOffset);
                    checkControls(key, keyPos, problems);
                    parser.nextToken();
                    YamlNode value = readNode(parser, path, lineOffset, problems);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(keyPos, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyPos().line() + ")"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyPos, value));
                    }
                }
                return new YamlNode.Mapping(entries, here);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(parser, path, lineOffset, problems));
                }
                return new YamlNode.Sequence(items, here);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, here);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, here);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.NUMBER, here);
            case VALUE_STRING:
                checkControls(parser.getText(), here, problems);
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.STRING, here);
            default:
                // !!binary and other tags that make something other than text
                problems.add(new Problem(here, "this YAML value is not text, a number or true/false; remove its '!!' tag"));
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, here);
        }
    }

    /**
     * Escapes such as "\0" or "\e" in quoted YAML make characters the file itself may not contain. A plain
     * loop: a stream for every key and value was a hundredth of a large site's build.
     */
    private static void checkControls(String text, SourcePos pos, List<Problem> problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Text.isForbiddenControl(c) || Text.isBidiControl(c)) {
                problems.add(new Problem(pos, String.format("control character U+%04X (written as an escape) is not allowed in a value", (int) c)));
                return;
            }
        }
    }

    private static Problem syntaxProblem(StreamReadException e, String path, int lineOffset) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            YamlMistakes.Explained explained = YamlMistakes.explain(
                    marked.getProblem() == null ? "" : marked.getProblem(),
                    marked.getContextMark() == null ? null : marked.getContext());
            Mark mark = explained.place() == YamlMistakes.Place.CONSTRUCT && marked.getContextMark() != null
                    ? marked.getContextMark() : marked.getProblemMark();
            return new Problem(new SourcePos(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1), explained.message());
        }
        JsonLocation loc = e.getLocation();
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return new Problem(pos(loc, path, lineOffset), "invalid YAML: " + (cut > 0 ? message.substring(0, cut) : message));
    }

    private static SourcePos pos(JsonLocation loc, String path, int lineOffset) {
        if (loc == null || loc.getLineNr() < 1) {
            return new SourcePos(path, 1 + lineOffset, 1);
        }
        return new SourcePos(path, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
    }
}
