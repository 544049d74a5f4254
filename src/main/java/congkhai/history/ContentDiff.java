package congkhai.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a record file, said from its content rather than from a
 * commit message: the front matter's top-level fields whose text differs, and whether the body
 * after it differs. A progress file ({@code .yml}) is all fields.
 */
final class ContentDiff {

    /** A top-level key as written before its colon, quoted or not. */
    private static final Pattern KEY = Pattern.compile("[\"']?[A-Za-z_][A-Za-z0-9_-]*[\"']?");
    private static final Pattern QUOTES = Pattern.compile("[\"']");

    private ContentDiff() {
    }

    /** @param fields changed fields, in the new file's order, then those removed; @param body whether the body changed */
    record Result(List<String> fields, boolean body) {
    }

    static Result of(String before, String after, boolean markdown) {
        String[] a = markdown ? split(before) : new String[] {before, ""};
        String[] b = markdown ? split(after) : new String[] {after, ""};
        Map<String, String> old = fields(a[0]);
        Map<String, String> now = fields(b[0]);
        List<String> changed = new ArrayList<>();
        now.forEach((k, v) -> {
            if (!v.equals(old.get(k))) {
                changed.add(k);
            }
        });
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(changed::add);
        return new Result(changed, !a[1].strip().equals(b[1].strip()));
    }

    /** Front matter and body; a file without front matter is all body. */
    static String[] split(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (!t.startsWith("---\n")) {
            return new String[] {"", t};
        }
        int end = t.indexOf("\n---", 3);
        while (end >= 0) {
            int after = end + 4;
            if (after >= t.length() || t.charAt(after) == '\n' || t.charAt(after) == ' ' || t.charAt(after) == '\t') {
                return new String[] {t.substring(4, end + 1), after >= t.length() ? "" : t.substring(after)};
            }
            end = t.indexOf("\n---", end + 1);
        }
        return new String[] {t, ""};
    }

    /**
     * Each top-level key's block of lines, comments and blank lines left out: a key at the line's
     * start begins a block, indented lines belong to it. Enough to tell which field an edit touched
     * without parsing the YAML, which a file in history need not even be valid to be compared.
     */
    static Map<String, String> fields(String yaml) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder block = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            boolean top = !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-' && colon > 0
                    && KEY.matcher(line.substring(0, colon)).matches();
            if (top) {
                if (key != null) {
                    out.put(key, block.toString());
                }
                key = QUOTES.matcher(line.substring(0, colon)).replaceAll("");
                block.setLength(0);
                block.append(line.substring(colon + 1).strip()).append('\n');
            } else if (key != null) {
                block.append(line.strip()).append('\n');
            }
        }
        if (key != null) {
            out.put(key, block.toString());
        }
        return out;
    }
}
