package congkhai.text;

import java.util.List;

/**
 * A text cut into tokens ({@link Tokens#of}), with the length of its NFC form, which its offsets
 * refer to: what a {@link SyllableTokenizer} reads from it. The index has each text in several
 * fields (folded, pairs, accented), and cutting it once for all of them is a good part of the
 * indexing's work saved ({@link TokenizedStream}).
 */
public record TokenizedText(List<Token> tokens, int length) {

    public TokenizedText {
        tokens = List.copyOf(tokens);
    }

    public static TokenizedText of(String text) {
        String nfc = Nfc.of(text);
        return new TokenizedText(Tokens.ofNfc(nfc), nfc.length());
    }
}
