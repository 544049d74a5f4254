package congkhai.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of Vietnamese text: the index (through {@link SyllableTokenizer}), queries and
 * the browser client cut text the same way. search.js repeats these rules line for line, and a table
 * of cases that both run in the tests (src/test/resources/text/token-cases.json) keeps them in step.
 * A token is a run of letters, digits and marks; "122/KH-UBND" is 122, kh, ubnd, and the dash and
 * slash keep them joined as pairs.
 */
public final class Tokens {

    /** Longer runs are not words anyone types (hashes, run-together URLs). */
    public static final int MAX_LENGTH = 32;
    /** What joins the two tokens of a pair term. */
    static final char PAIR_JOINER = '_';

    private Tokens() {
    }

    /** Tokens of {@code text}; offsets refer to its NFC form, which is how content is stored. */
    public static List<Token> of(String text) {
        return ofNfc(Nfc.of(text));
    }

    /** Tokens of {@code s}, which is in NFC already. */
    static List<Token> ofNfc(String s) {
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
                String folded = Folding.foldLowercase(exact);
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
        return first + PAIR_JOINER + second;
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
