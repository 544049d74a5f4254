package congkhai.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;

/** Only the syllables written with marks, as written ("hoạch"), so a query typed with accents can prefer them. */
public final class AccentedFilter extends FilteringTokenFilter {

    private final SyllableAttribute syllable = addAttribute(SyllableAttribute.class);

    public AccentedFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return syllable.token().accented();
    }
}
