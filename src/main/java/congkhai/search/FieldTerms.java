package congkhai.search;

import congkhai.text.Token;
import congkhai.text.Tokens;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms {@link Tokens} gives a text in each field: folded syllables for the text fields,
 * adjacent pairs for {@link SearchFields#PAIRS}, accented syllables for {@link SearchFields#EXACT}.
 * The indexer computes them for many records at once and hands them to Lucene already cut, as a
 * {@link #stream(List) token stream}, so tokenizing runs in parallel while the index writer adds
 * records one by one, in order.
 */
public final class FieldTerms {

    private FieldTerms() {
    }

    static List<String> folded(List<Token> tokens) {
        return tokens.stream().map(Token::folded).toList();
    }

    static List<String> pairs(List<Token> tokens) {
        List<String> terms = new ArrayList<>(tokens.size());
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).joinedToPrevious()) {
                terms.add(Tokens.pair(tokens.get(i - 1).folded(), tokens.get(i).folded()));
            }
        }
        return terms;
    }

    static List<String> exacts(List<Token> tokens) {
        return tokens.stream().filter(Token::accented).map(Token::exact).toList();
    }

    /**
     * Terms already cut, as Lucene reads a field's tokens, each at the position given (positions
     * never decrease; several terms may share one).
     */
    static TokenStream stream(List<String> terms, int[] positions) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int next;
            private int position;

            @Override
            public boolean incrementToken() {
                if (next >= terms.size()) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms.get(next));
                increment.setPositionIncrement(positions[next] - position);
                position = positions[next++];
                return true;
            }

            @Override
            public void reset() {
                next = 0;
                position = -1;
            }
        };
    }
}
