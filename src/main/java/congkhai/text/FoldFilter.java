package congkhai.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Each syllable as folded, "hoach" for "Hoạch", so a query typed without accents finds it. */
public final class FoldFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SyllableAttribute syllable = addAttribute(SyllableAttribute.class);

    public FoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setEmpty().append(syllable.token().folded());
        return true;
    }
}
