package congkhai.text;

/**
 * One syllable or number of a text.
 *
 * @param exact      lowercased, accents kept: "hoạch"
 * @param folded     lowercased without accents: "hoach"; a number without leading zeros: "06" is "6"
 * @param start      offset of its first char in the text
 * @param end        offset after its last char
 * @param joinedToPrevious false when punctuation other than a dash or slash separates it from the token
 *                   before it, so the two never form a pair ("quy. Hoạch" is not "quy hoạch")
 * @param gluedToPrevious joined by a dash or slash, as the parts of a document number are ("122/KH-UBND")
 */
public record Token(String exact, String folded, int start, int end, boolean joinedToPrevious, boolean gluedToPrevious) {

    /** True when the token carries Vietnamese marks, so an exact-accent match can be preferred. */
    public boolean accented() {
        return !exact.equals(folded) && !isNumber(folded);
    }

    static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
