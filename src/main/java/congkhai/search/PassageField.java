package congkhai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

import java.io.IOException;

/**
 * One text of a record's field, cut by the index writer's analyzer, with all its terms at one
 * position: the number of the passage it is (the heading is 0), or from
 * {@link SearchFields#OTHER_TEXTS_POSITION} on for a record's other texts. A field is several such
 * texts, added in order; each says how many positions it comes after the one before (the first after
 * -1), and a text without terms still takes its position, so the next one lands where it should.
 */
final class PassageField extends Field {

    private final int step;

    PassageField(String name, String text, IndexableFieldType type, int step) {
        super(name, text, type);
        this.step = step;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return new AtOnePosition(analyzer.tokenStream(name(), stringValue()), step);
    }

    private static final class AtOnePosition extends TokenFilter {

        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final int step;
        private boolean first;

        AtOnePosition(TokenStream input, int step) {
            super(input);
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
            increment.setPositionIncrement(first ? step : 0);
            first = false;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(first ? step : 0);
        }
    }
}
