package congkhai.search;

import congkhai.text.AccentedFilter;
import congkhai.text.FoldFilter;
import congkhai.text.PairFilter;
import congkhai.text.SyllableTokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * How the index cuts each field's text: syllables folded in the text fields, pairs of neighbouring
 * syllables in {@link SearchFields#PAIRS}, accented syllables as written in {@link SearchFields#EXACT}
 * (all from {@link SyllableTokenizer}), and in the date fields the days and months a text mentions
 * or a record is dated ({@link SearchDates}).
 */
public final class SearchAnalyzer extends Analyzer {

    public SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        return switch (field) {
            case SearchFields.DATES -> new TokenStreamComponents(new DateTerms(SearchAnalyzer::mentioned));
            case SearchFields.DATED -> new TokenStreamComponents(new DateTerms(SearchDates::ofIso));
            default -> {
                SyllableTokenizer tokenizer = new SyllableTokenizer();
                yield new TokenStreamComponents(tokenizer, syllableTerms(field, tokenizer));
            }
        };
    }

    /**
     * The terms a syllable field makes of its tokens, which {@code syllables} gives as a
     * {@link SyllableTokenizer} does: the index writer's {@link TokenizedField}s go by it too.
     */
    static TokenStream syllableTerms(String field, TokenStream syllables) {
        return switch (field) {
            case SearchFields.PAIRS -> new PairFilter(syllables);
            case SearchFields.EXACT -> new AccentedFilter(syllables);
            default -> new FoldFilter(syllables);
        };
    }

    /** The terms of every date a text mentions: a day's and its month's, or a month's. */
    private static List<String> mentioned(String text) {
        List<String> terms = new ArrayList<>();
        SearchDates.in(text).forEach(f -> terms.addAll(SearchDates.terms(f.term())));
        return terms;
    }

    /** The terms a function reads from the whole text, in its order. */
    private static final class DateTerms extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Function<String, List<String>> read;
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[256];
        private Iterator<String> terms;

        DateTerms(Function<String, List<String>> read) {
            this.read = read;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            terms = read.apply(text.toString()).iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!terms.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms.next());
            return true;
        }
    }
}
