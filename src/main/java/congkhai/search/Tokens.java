package congkhai.search;

import congkhai.base.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of search: index, command line and the browser client (search.js, which
 * repeats these rules line for line) cut text the same way. A token is a run of letters, digits
 * and marks; "122/KH-UBND" is 122, kh, ubnd, and the dash and slash keep them joined as pairs.
 */
public final class Tokens {

    /** Longer runs are not words anyone types (hashes, run-together URLs). */
    static final int MAX_LENGTH = 32;

    /** Latin letters with marks fold to one ASCII letter each; a table saves a normalisation per syllable. */
    private static final char FIRST_LATIN = '\u00c0';
    private static final char LAST_LATIN = '\u1eff';
    private static final String LATIN_FOLDED = latinFolded();

    private static String latinFolded() {
        StringBuilder table = new StringBuilder(LAST_LATIN - FIRST_LATIN + 1);
        for (char c = FIRST_LATIN; c <= LAST_LATIN; c++) {
            String folded = Text.foldAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
            boolean single = folded.length() == 1 && folded.charAt(0) < 0x80;
            table.append(single ? folded.charAt(0) : '\0');
        }
        return table.toString();
    }

    /** {@link Text#foldAccents} then lowercase, fast for the letters Vietnamese uses. */
    static String fold(String lower) {
        char[] out = new char[lower.length()];
        for (int i = 0; i < out.length; i++) {
            char c = lower.charAt(i);
            char f = c < 0x80 ? c : c >= FIRST_LATIN && c <= LAST_LATIN ? LATIN_FOLDED.charAt(c - FIRST_LATIN) : '\0';
            if (f == '\0') {
                return Text.foldAccents(lower).toLowerCase(Locale.ROOT);
            }
            out[i] = f;
        }
        return new String(out);
    }

    private Tokens() {
    }

    /** Tokens of {@code text}; offsets refer to its NFC form, which is how content is stored. */
    public static List<Token> of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean joined = false;
        boolean glued = false;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                if (!isJoiner(cp)) {
                    joined = false;
                } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    glued = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i - start <= MAX_LENGTH) {
                String exact = s.substring(start, i).toLowerCase(Locale.ROOT);
                String folded = fold(exact);
                if (Token.isNumber(folded)) {
                    folded = stripZeros(folded);
                    exact = folded;
                }
                boolean join = joined && !tokens.isEmpty();
                tokens.add(new Token(exact, folded, start, i, join, join && glued));
                joined = true;
            } else {
                joined = false;
            }
            glued = false;
        }
        return tokens;
    }

    /** The pair term of two adjacent tokens. */
    public static String pair(String first, String second) {
        return first + "_" + second;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Between two tokens only these keep them a pair: spaces, dashes, slashes. */
    private static boolean isJoiner(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '/' || cp == '\u2013' || cp == '\u2014';
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
