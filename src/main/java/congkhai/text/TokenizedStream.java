package congkhai.text;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.util.List;

/**
 * The tokens of a {@link TokenizedText}, with the attributes a {@link SyllableTokenizer} gives them,
 * for the same filters ({@link FoldFilter}, {@link PairFilter}, {@link AccentedFilter}): a text
 * indexed in several fields is cut once. A stream is given one text after another and reused.
 */
public final class TokenizedStream extends TokenStream {

    private static final TokenizedText NONE = new TokenizedText(List.of(), 0);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final SyllableAttribute syllable = addAttribute(SyllableAttribute.class);
    private TokenizedText text = NONE;
    private int next;

    /** The text the stream gives next, from its {@link #reset}. */
    public void setText(TokenizedText text) {
        this.text = text;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        List<Token> tokens = text.tokens();
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.exact());
        offset.setOffset(t.start(), t.end());
        syllable.setToken(t);
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }

    @Override
    public void close() throws java.io.IOException {
        super.close();
        text = NONE;
    }
}
