package congkhai.search;

import congkhai.text.Folding;
import congkhai.text.Token;
import congkhai.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which passage of a result to show, and which words in it to mark. The browser client does the
 * same from the first passages its search data gives for each term (search.js, {@code snippet}).
 */
public final class Passages {

    private static final int UNIT = 0;
    private static final int PAIR = 1;
    private static final int EXACT = 2;

    private interface TermSink {
        void accept(int kind, String term);
    }

    /** A passage to show and the [start, end) offsets of the query's words in it. */
    public record Snippet(String text, List<int[]> marks) {
    }

    private Passages() {
    }

    /** Every term of a passage, with its kind, in text order. */
    private static void terms(String passage, TermSink sink) {
        List<Token> tokens = Tokens.of(passage);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            sink.accept(UNIT, t.folded());
            if (t.accented()) {
                sink.accept(EXACT, t.exact());
            }
            if (i > 0 && t.joinedToPrevious()) {
                sink.accept(PAIR, Tokens.pair(tokens.get(i - 1).folded(), t.folded()));
            }
        }
    }

    /**
     * The passage where the query's terms first appear most (a pair or an exact accented form counts
     * twice, being the stronger evidence), the heading left
     * out since results show it anyway; without any, the first passage after the heading.
     */
    public static Snippet snippet(List<String> passages, SearchQuery query) {
        if (passages.size() < 2) {
            return new Snippet("", List.of());
        }
        Set<String> units = new HashSet<>();
        query.units().forEach(u -> units.add(u.term()));
        Set<String> pairs = new HashSet<>();
        query.pairs().forEach(p -> pairs.add(p.term()));
        for (SearchQuery.Alternative a : query.alternatives()) {
            for (List<String> form : a.forms()) {
                for (String term : form) {
                    (term.indexOf('_') >= 0 ? pairs : units).add(term);
                }
            }
        }
        Set<String> exacts = new HashSet<>();
        query.exacts().forEach(e -> exacts.add(e.term()));

        List<String> unitList = new ArrayList<>(units);
        List<String> pairList = new ArrayList<>(pairs);
        List<String> exactList = new ArrayList<>(exacts);
        int[] first = new int[unitList.size() + pairList.size() + exactList.size()];
        java.util.Arrays.fill(first, -1);
        for (int p = 0; p < passages.size(); p++) {
            int passage = p;
            terms(passages.get(p), (kind, term) -> {
                List<String> list = kind == UNIT ? unitList
                        : kind == PAIR ? pairList : exactList;
                int offset = kind == UNIT ? 0
                        : kind == PAIR ? unitList.size() : unitList.size() + pairList.size();
                int k = list.indexOf(term);
                if (k >= 0 && first[offset + k] < 0) {
                    first[offset + k] = passage;
                }
            });
        }
        int[] weight = new int[passages.size()];
        for (int k = 0; k < first.length; k++) {
            if (first[k] > 0) {
                weight[first[k]] += k < unitList.size() ? 1 : 2;
            }
        }
        int best = 1;
        for (int p = 2; p < passages.size(); p++) {
            if (weight[p] > weight[best]) {
                best = p;
            }
        }
        String text = passages.get(best);
        return new Snippet(text, marks(text, units, pairs, exacts));
    }

    /**
     * The words of {@code text} to mark: two neighbours that make a pair of the query, and a word of
     * the query that is in none of its pairs, as typed: with the accents typed, if any. So where the
     * query is the phrase "giải phóng", "Phòng" alone is not marked; where it is "tiền", "tiến" is not.
     */
    static List<int[]> marks(String text, Set<String> units, Set<String> pairs, Set<String> exacts) {
        Set<String> inPairs = new HashSet<>();
        for (String p : pairs) {
            inPairs.addAll(List.of(p.split("_")));
        }
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        for (String e : exacts) {
            typed.put(Folding.foldLowercase(e), e);
        }
        List<Token> tokens = Tokens.of(text);
        boolean[] mark = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String f = t.folded();
            if (units.contains(f) && !inPairs.contains(f) && (!typed.containsKey(f) || typed.get(f).equals(t.exact()))) {
                mark[i] = true;
            }
            if (i > 0 && t.joinedToPrevious() && pairs.contains(Tokens.pair(tokens.get(i - 1).folded(), f))) {
                mark[i - 1] = true;
                mark[i] = true;
            }
        }
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (mark[i]) {
                marks.add(new int[] {tokens.get(i).start(), tokens.get(i).end()});
            }
        }
        return marks;
    }
}
