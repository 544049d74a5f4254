package congkhai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Lucene's view of {@link Tokens}: folded syllables for the text fields, adjacent pairs for
 * {@link SearchFields#PAIRS}, accented syllables for {@link SearchFields#EXACT}.
 */
public final class SyllableAnalyzer extends Analyzer {

    public SyllableAnalyzer() {
        // the fields tokenize differently, so each needs its own reused tokenizer
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new SyllableTokenizer(fieldName));
    }

    /** The terms a text gives in one field, in order. */
    public static List<String> terms(String field, String text) {
        List<Token> tokens = Tokens.of(text);
        List<String> terms = new ArrayList<>(tokens.size());
        switch (field) {
            case SearchFields.PAIRS -> {
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i).joinedToPrevious()) {
                        terms.add(Tokens.pair(tokens.get(i - 1).folded(), tokens.get(i).folded()));
                    }
                }
            }
            case SearchFields.EXACT -> tokens.stream().filter(Token::accented).forEach(t -> terms.add(t.exact()));
            default -> tokens.forEach(t -> terms.add(t.folded()));
        }
        return terms;
    }

    private static final class SyllableTokenizer extends Tokenizer {
        private final String field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> terms = List.of();
        private int next;

        SyllableTokenizer(String field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            terms = terms(field, readAll(input));
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= terms.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms.get(next++));
            return true;
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        }
    }
}
