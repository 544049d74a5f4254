package congkhai.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Two neighbouring syllables as one folded term, "quy_hoach" ({@link Tokens#pair}), where nothing
 * but a space, dash or slash separates them: Vietnamese words are mostly two syllables, and a pair
 * finds the word where its syllables alone find every text that has both anywhere.
 */
public final class PairFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SyllableAttribute syllable = addAttribute(SyllableAttribute.class);
    private String previous;

    public PairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            Token t = syllable.token();
            String before = previous;
            previous = t.folded();
            if (t.joinedToPrevious()) {
                // Tokens.pair, written straight into the term: a pair for nearly every syllable indexed
                term.setEmpty().append(before).append(Tokens.PAIR_JOINER).append(t.folded());
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous = null;
    }
}
