package congkhai.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms under which two writings of Vietnamese compare equal: without accents and with đ as d
 * (what readers type on a keyboard without a Vietnamese layout), as an ASCII slug, and as a
 * document number's key.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /** Latin letters with marks fold to one ASCII letter each; a table saves a normalisation per syllable. */
    private static final char FIRST_LATIN = '\u00c0';
    private static final char LAST_LATIN = '\u1eff';
    private static final String LATIN_FOLDED = latinFolded();

    private Folding() {
    }

    private static String latinFolded() {
        StringBuilder table = new StringBuilder(LAST_LATIN - FIRST_LATIN + 1);
        for (char c = FIRST_LATIN; c <= LAST_LATIN; c++) {
            String folded = fold(String.valueOf(c)).toLowerCase(Locale.ROOT);
            boolean single = folded.length() == 1 && folded.charAt(0) < 0x80;
            table.append(single ? folded.charAt(0) : '\0');
        }
        return table.toString();
    }

    /** Removes diacritics, đ/Đ included, and keeps case: "Đất đai" becomes "Dat dai". */
    public static String fold(String s) {
        // most document numbers are ASCII with at most a Đ ("45/2024/NĐ-CP"): the registers fold every number at each plan
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x80 || c == 'đ' || c == 'Đ';
        }
        if (plain) {
            return s.replace('đ', 'd').replace('Đ', 'D');
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * {@link #fold} then lowercase, for text already lowercased: fast for the letters Vietnamese
     * uses, since search folds every syllable it reads.
     */
    public static String foldLowercase(String lower) {
        char[] out = new char[lower.length()];
        for (int i = 0; i < out.length; i++) {
            char c = lower.charAt(i);
            char f = c < 0x80 ? c : c >= FIRST_LATIN && c <= LAST_LATIN ? LATIN_FOLDED.charAt(c - FIRST_LATIN) : '\0';
            if (f == '\0') {
                return fold(lower).toLowerCase(Locale.ROOT);
            }
            out[i] = f;
        }
        return new String(out);
    }

    /** Lowercase ASCII words joined by '-': "Kế hoạch 122/KH-UBND" becomes "ke-hoach-122-kh-ubnd". */
    public static String slug(String s) {
        String folded = fold(s).toLowerCase(Locale.ROOT);
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
        String folded = fold(Nfc.of(number)).toUpperCase(Locale.ROOT);
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
}
