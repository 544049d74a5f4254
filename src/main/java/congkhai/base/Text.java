package congkhai.base;

/**
 * Checks on characters and ids that every stage makes. Vietnamese text (folding, slugs, document
 * numbers, syllables) is {@code congkhai.text}'s.
 */
public final class Text {

    private Text() {
    }

    /** True for characters that have no place in text: C0 controls other than tab and line ends, DEL, C1 controls. */
    public static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** Embedding, override and isolate controls: Vietnamese text never needs them, a forged number might. */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Control characters (line ends included) written as {@code \\u001B}, so the text stays on one line and inert. */
    public static String visibleControls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * An id as the content format defines it: lowercase ASCII letters and digits in groups joined by
     * single '-' ("so-tnmt", "t9-1"). Checked by hand: a regular expression with a repeated group
     * recurses once per group, and a long enough value would overflow the stack.
     */
    public static boolean isId(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Ids joined by '/': "plans/2023-05-27-kh-122". */
    public static boolean isRecordId(String s) {
        for (String part : s.split("/", -1)) {
            if (!isId(part)) {
                return false;
            }
        }
        return true;
    }
}
