package congkhai.load;

import congkhai.base.Labelled;
import congkhai.base.Problem;
import congkhai.base.SourcePos;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's words for what the code puts on a page: page titles, list headings, the names of
 * document types and statuses, the chart's legend. Read from {@code templates/labels.properties};
 * a site's own file changes some of them and the built-in file gives the rest.
 *
 * <p>The file is one label a line, {@code key = text}, with {@code #} comments and blank lines. A
 * text may hold numbered blanks, {@code {0}}, {@code {1}}, filled in by the code or the template
 * that uses it. There are no escapes and no continued lines: the file is UTF-8 and a label is one
 * line, so what is written is what a page shows.
 */
public record Labels(Map<String, String> texts) {

    /** Its name in a theme folder. */
    public static final String FILE = "labels.properties";

    private static final Pattern KEY = Pattern.compile("[a-z0-9_]+(?:[.-][a-z0-9_]+)*");
    private static final Pattern BLANK = Pattern.compile("\\{(\\d+)}");

    public Labels {
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static Labels none() {
        return new Labels(Map.of());
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * The text of {@code key} with its blanks filled by {@code values} in order. The built-in file
     * has every key the code asks for, and a site's file only adds to it, so a missing key here is
     * a mistake in congkhai, not in the site.
     */
    public String get(String key, Object... values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label '" + key + "' in the theme's " + FILE);
        }
        return fill(text, values);
    }

    /** What a page calls {@code thing}: a status, a type of document. */
    public String of(Labelled thing) {
        return get(thing.labelKey());
    }

    /** These labels with those of {@code overrides} put over them; keys only there are added. */
    public Labels overriddenBy(Labels overrides) {
        Map<String, String> merged = new TreeMap<>(texts);
        merged.putAll(overrides.texts);
        return new Labels(merged);
    }

    static String fill(String text, Object... values) {
        int open = values.length == 0 ? -1 : text.indexOf('{');
        if (open < 0) {
            return text;
        }
        // by hand rather than by BLANK's matcher: pages ask for thousands of labels a plan, a preview's at every edit
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int end = open + 1;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end > open + 1 && end < text.length() && text.charAt(end) == '}') {
                int n = Integer.parseInt(text, open + 1, end, 10);
                out.append(text, from, open);
                if (n < values.length) {
                    out.append(values[n]);
                } else {
                    out.append(text, open, end + 1);
                }
                from = end + 1;
                open = text.indexOf('{', from);
            } else {
                open = text.indexOf('{', open + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * The labels of one file; each malformed line is a problem at {@code path}, its line and
     * column, and is left out.
     */
    public static Labels parse(String path, String text, List<Problem> problems) {
        Map<String, String> texts = new TreeMap<>();
        Map<String, Integer> firstLine = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            int indent = line.indexOf(stripped.charAt(0));
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new Problem(new SourcePos(path, lineNo, indent + 1),
                        "a label is written 'key = text'; this line has no '='"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new Problem(new SourcePos(path, lineNo, indent + 1), key.isEmpty()
                        ? "a label without its key before '='"
                        : "label key '" + key + "' may hold only lower-case letters a-z, digits, '_', and '.' or '-' between them"));
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (value.endsWith("\\")) {
                problems.add(new Problem(new SourcePos(path, lineNo, line.lastIndexOf('\\') + 1),
                        "label '" + key + "' ends with '\\'; a label is one line and is not continued on the next"));
                continue;
            }
            Optional<Integer> badBrace = unmatchedBrace(value);
            if (badBrace.isPresent()) {
                problems.add(new Problem(new SourcePos(path, lineNo, line.indexOf(value, eq + 1) + badBrace.get() + 1),
                        "label '" + key + "': a blank is written {0}, {1}, ...; this '" + value.charAt(badBrace.get()) + "' is not one"));
                continue;
            }
            Integer before = firstLine.putIfAbsent(key, lineNo);
            if (before != null) {
                problems.add(new Problem(new SourcePos(path, lineNo, indent + 1),
                        "label '" + key + "' is already given on line " + before));
                continue;
            }
            texts.put(key, value);
        }
        return new Labels(texts);
    }

    /** Where a brace that is not part of a blank such as {0} stands in {@code value}. */
    private static Optional<Integer> unmatchedBrace(String value) {
        Matcher blank = BLANK.matcher(value);
        int at = 0;
        while (true) {
            int next = indexOfBrace(value, at);
            if (next < 0) {
                return Optional.empty();
            }
            if (value.charAt(next) == '{' && blank.find(next) && blank.start() == next) {
                at = blank.end();
                continue;
            }
            return Optional.of(next);
        }
    }

    private static int indexOfBrace(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) == '{' || value.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }
}
