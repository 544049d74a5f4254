package congkhai.text;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.List;

/**
 * {@link Tokens} as a Lucene tokenizer: each token's term is its exact form (lowercased, accents
 * kept, a number without leading zeros), and its {@link SyllableAttribute} carries the whole
 * {@link Token} for {@link FoldFilter}, {@link PairFilter} and {@link AccentedFilter}. Offsets refer
 * to the text's NFC form, as {@link Tokens#of} gives them. A text is read whole: the texts indexed
 * are passages, titles and names, and NFC composes across any boundary a buffer would cut. The
 * index cuts its texts once, ahead of the fields, and gives them to {@link TokenizedStream}, which
 * gives the same tokens; queries and the tests come through here.
 */
public final class SyllableTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final SyllableAttribute syllable = addAttribute(SyllableAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] buffer = new char[1024];
    private List<Token> tokens = List.of();
    private int next;
    private int length;

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        TokenizedText read = TokenizedText.of(text.toString());
        tokens = read.tokens();
        length = read.length();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.exact());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        syllable.setToken(t);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
        text.setLength(0);
    }
}
