package congkhai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The terms an analyzer gives a text in a field, as the index writer reads them. */
public final class AnalyzedTerms {

    private AnalyzedTerms() {
    }

    public static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The terms of the search index's analysis. */
    public static List<String> of(String field, String text) {
        try (Analyzer analyzer = new SearchAnalyzer()) {
            return of(analyzer, field, text);
        }
    }
}
