package congkhai.text;

import java.text.Normalizer;

/**
 * Text in Unicode's composed form (NFC), as content is stored and searched. A portal's text is in
 * that form already nearly always, and the JDK's normaliser takes its general way to find so:
 * 2.2% of a 10,000-record build's CPU samples, each text normalised again by every step that reads it.
 */
public final class Nfc {

    private Nfc() {
    }

    /** {@code s} in NFC: {@code s} itself when every char is one that no normalisation changes. */
    public static String of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isStable(s.charAt(i))) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * Whether {@code c} stays as it is in NFC whatever stands around it: below U+0300 (ASCII, Latin-1,
     * the Latin letters of Vietnamese such as ă, đ, ơ, ư) and Latin Extended Additional (ạ, ế, ữ …),
     * all precomposed or unaccented letters and signs that combine with nothing. The combining marks
     * that would compose with them start at U+0300. {@code NfcTest} checks every such char and pair.
     */
    static boolean isStable(char c) {
        return c < 0x300 || c >= 0x1E00 && c < 0x1F00;
    }
}
