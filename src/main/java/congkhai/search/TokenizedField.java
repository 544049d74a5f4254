package congkhai.search;

import congkhai.text.TokenizedStream;
import congkhai.text.TokenizedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

import java.io.IOException;

/**
 * One text of a record's syllable field, cut into tokens before the field is made: a record's texts
 * are each in several fields (folded, pairs, accented), and are cut once for all of them. Its terms
 * are those the writer's {@link SearchAnalyzer} makes of the field ({@link SearchAnalyzer#syllableTerms}).
 * <p>In a passage-numbered field all its terms sit at one position: the number of the passage it
 * is (the heading is 0), or from {@link SearchFields#OTHER_TEXTS_POSITION} on for a record's other
 * texts. Such a field is several texts, added in order; each says how many positions it comes
 * after the one before (the first after -1), and a text without terms still takes its position,
 * so the next one lands where it should.
 */
final class TokenizedField extends Field {

    /** Not passage-numbered: each term takes a position of its own, as the analyzer gives them. */
    static final int OWN_POSITIONS = -1;

    private final TokenizedText tokens;
    private final int step;

    /**
     * @param step how many positions after the text before the terms sit, or {@link #OWN_POSITIONS}
     */
    TokenizedField(String name, String text, TokenizedText tokens, IndexableFieldType type, int step) {
        super(name, text, type);
        this.tokens = tokens;
        this.step = step;
    }

    /** The index writer gives back the stream it had for this field, which is reused. */
    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        Terms terms = reuse instanceof Terms t && t.field.equals(name()) ? t : new Terms(name(), new TokenizedStream());
        terms.of(tokens, step);
        return terms;
    }

    /** The field's terms of one text, at their positions. */
    private static final class Terms extends TokenFilter {

        private final String field;
        private final TokenizedStream source;
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int step;
        private boolean first;

        Terms(String field, TokenizedStream source) {
            super(SearchAnalyzer.syllableTerms(field, source));
            this.field = field;
            this.source = source;
        }

        void of(TokenizedText text, int step) {
            source.setText(text);
            this.step = step;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            first = true;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (step != OWN_POSITIONS) {
                increment.setPositionIncrement(first ? step : 0);
            }
            first = false;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (step != OWN_POSITIONS) {
                increment.setPositionIncrement(first ? step : 0);
            }
        }
    }
}
