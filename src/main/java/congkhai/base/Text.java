package congkhai.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware text helpers shared by every stage. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Text() {
    }

    /** Removes diacritics, đ/Đ included: "Đất đai" becomes "Dat dai". */
    public static String foldAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** Lowercase ASCII words joined by '-': "Kế hoạch 122/KH-UBND" becomes "ke-hoach-122-kh-ubnd". */
    public static String slug(String s) {
        String folded = foldAccents(s).toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(folded).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /**
     * The form under which two writings of one document number are equal: case, spaces, Đ/D, dash
     * variants and leading zeros do not matter, so "122/KH-UBND", "122/kh-ubnd" and "122 / KH–UBND"
     * agree, and so do "07/TB-UBND" and "7/TB-UBND": an office numbers its documents 01, 02, … from
     * the first day of each year (Decree 30/2020/NĐ-CP), and citations write the same number with or
     * without the zero.
     */
    public static String documentNumberKey(String number) {
        String folded = foldAccents(Normalizer.normalize(number, Normalizer.Form.NFC)).toUpperCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                c = '-';
            }
            boolean leadingZero = c == '0' && (key.isEmpty() || !isAsciiDigit(key.charAt(key.length() - 1)))
                    && nextNonSpaceIsDigit(folded, i + 1);
            if (!leadingZero) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean nextNonSpaceIsDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return isAsciiDigit(s.charAt(i));
            }
        }
        return false;
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
