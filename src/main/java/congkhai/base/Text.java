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
     * The form under which two writings of one document number are equal: case, spaces, Đ/D and
     * dash variants do not matter, so "122/KH-UBND", "122/kh-ubnd" and "122 / KH–UBND" agree.
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
            key.append(c);
        }
        return key.toString();
    }
}
