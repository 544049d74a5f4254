package congkhai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a typed query asks for, the same for the command line, the server and the browser client
 * (search.js parses queries by the same rules).
 * <ul>
 *   <li>Every syllable or number is a unit, folded: {@code ke hoach} and {@code kế hoạch} both ask for ke, hoach.
 *       A result must have every unit, except that a very common unit ({@link #COMMON_DOCS}) only adds to
 *       the score when the query also has a rarer one.</li>
 *   <li>Adjacent syllables also form a pair ({@code quy_hoach}) that adds to the score: syllables side by side
 *       outrank the same syllables apart.</li>
 *   <li>A syllable typed with accents also asks for its exact form, which adds to the score.</li>
 *   <li>Inside quotes, every pair is required: {@code "quy hoạch chung"} needs quy_hoach and hoach_chung.
 *       So is a pair written with a dash or slash, as in a document number: {@code 122/KH-UBND} needs 122_kh
 *       and kh_ubnd, while {@code 122 KH UBND} only prefers them.
 *       One quoted word typed with accents needs that exact form.</li>
 * </ul>
 */
public record SearchQuery(List<Unit> units, List<Clause> pairs, List<Clause> exacts) {

    /** A unit found in more records than this is common (see above). */
    public static final int COMMON_DOCS = 400;

    public record Unit(String term, boolean inPhrase) {
    }

    public record Clause(String term, boolean required) {
    }

    public SearchQuery {
        units = List.copyOf(units);
        pairs = List.copyOf(pairs);
        exacts = List.copyOf(exacts);
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public static SearchQuery parse(String text) {
        Map<String, Boolean> units = new LinkedHashMap<>();
        Map<String, Boolean> pairs = new LinkedHashMap<>();
        Map<String, Boolean> exacts = new LinkedHashMap<>();
        boolean quoted = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '"';
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                List<Token> tokens = Tokens.of(part.toString());
                for (int k = 0; k < tokens.size(); k++) {
                    Token t = tokens.get(k);
                    units.merge(t.folded(), quoted, Boolean::logicalOr);
                    if (t.accented()) {
                        exacts.merge(t.exact(), quoted && tokens.size() == 1, Boolean::logicalOr);
                    }
                    if (k > 0 && (quoted || t.joinedToPrevious())) {
                        pairs.merge(Tokens.pair(tokens.get(k - 1).folded(), t.folded()), quoted || t.gluedToPrevious(),
                                Boolean::logicalOr);
                    }
                }
                part.setLength(0);
                quoted = !quoted;
            } else {
                part.append(c);
            }
        }
        List<Unit> unitList = new ArrayList<>();
        units.forEach((term, inPhrase) -> unitList.add(new Unit(term, inPhrase)));
        return new SearchQuery(unitList, clauses(pairs), clauses(exacts));
    }

    private static List<Clause> clauses(Map<String, Boolean> terms) {
        List<Clause> out = new ArrayList<>();
        terms.forEach((term, required) -> out.add(new Clause(term, required)));
        return out;
    }
}
