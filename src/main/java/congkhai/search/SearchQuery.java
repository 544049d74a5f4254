package congkhai.search;

import congkhai.assemble.CitationReader;
import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.text.Nfc;
import congkhai.text.Token;
import congkhai.text.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 *   <li>A date in any usual form ({@link SearchDates}) asks for that day or month.</li>
 *   <li>A run of words that is one form of an abbreviation or agency ({@link SearchAliases}) asks for any form
 *       of it: {@code GPMB} finds "giải phóng mặt bằng" and back. A multi-word form is a conjunction of its
 *       pairs, so it matches only as a phrase. Words glued to a neighbour by a dash or slash are part of a
 *       document number and are never expanded.</li>
 *   <li>A document number, with the date and issuer written after it as a citation writes them
 *       ({@link CitationReader#inQuery}: "122/KH-UBND 2023", "… ngày 27/5/2023", "… của UBND thành phố"),
 *       is {@link #cited}: the date and issuer are no words to find but qualify the number; results put
 *       the documents carrying it first (see {@link Cited}).</li>
 * </ul>
 */
public record SearchQuery(List<Unit> units, List<Clause> pairs, List<Clause> exacts, List<String> dates,
                          List<Alternative> alternatives, Optional<Cited> cited) {

    /**
     * A document number the query names, as {@link congkhai.text.Folding#documentNumberKey} keys it, with
     * the date ("2023-05-27", "2023-05", "2023") and issuer id written after it, each empty when not given.
     * The documents carrying the number come first: those that match the date and issuer best, then the
     * newest; the date, when a day or month, also adds to the score of the documents that mention it.
     */
    public record Cited(String key, String date, String issuer) {

        /**
         * How well a document carrying the number, dated {@code iso} and issued by {@code issuerId},
         * matches what the query says of it: 2 for its issuer, 2 for its date at the precision typed,
         * 1 for its year alone. search.js computes the same.
         */
        public int points(String iso, String issuerId) {
            int points = !issuer.isEmpty() && issuer.equals(issuerId) ? 2 : 0;
            if (!date.isEmpty() && iso.startsWith(date)) {
                points += 2;
            } else if (!date.isEmpty() && iso.length() >= 4 && iso.startsWith(date.substring(0, 4))) {
                points += 1;
            }
            return points;
        }
    }

    /** A unit found in more records than this is common (see above). */
    public static final int COMMON_DOCS = 400;

    public record Unit(String term, boolean inPhrase) {
    }

    public record Clause(String term, boolean required) {
    }

    /**
     * Any one of several forms; each form is the terms it needs together, a syllable or a pair
     * ({@code tai_nguyen}, told apart by its underscore).
     */
    public record Alternative(List<List<String>> forms) {
        public Alternative {
            forms = forms.stream().map(List::copyOf).toList();
        }
    }

    public SearchQuery {
        units = List.copyOf(units);
        pairs = List.copyOf(pairs);
        exacts = List.copyOf(exacts);
        dates = List.copyOf(dates);
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(cited);
    }

    public boolean isEmpty() {
        return units.isEmpty() && dates.isEmpty() && alternatives.isEmpty();
    }

    public static SearchQuery parse(String text) {
        return parse(text, List.of());
    }

    public static SearchQuery parse(String text, List<List<String>> aliases) {
        return parse(text, aliases, Optional.empty());
    }

    /** A form of an alias line, as folded tokens and the terms it needs. */
    private record Form(int line, List<String> tokens, List<String> terms) {
    }

    /** The terms a phrase needs: the pairs of joined neighbours, and each syllable no pair covers. */
    static List<String> formTerms(List<Token> tokens) {
        List<String> terms = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).joinedToPrevious()) {
                terms.add(Tokens.pair(tokens.get(i - 1).folded(), tokens.get(i).folded()));
                covered[i - 1] = true;
                covered[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i] && !terms.contains(tokens.get(i).folded())) {
                terms.add(tokens.get(i).folded());
            }
        }
        return terms;
    }

    /** The query {@code text} asks for; {@code citations}, when given, reads a document number's date and issuer. */
    public static SearchQuery parse(String text, List<List<String>> aliases, Optional<CitationReader> citations) {
        List<Form> forms = new ArrayList<>();
        for (int line = 0; line < aliases.size(); line++) {
            for (String f : aliases.get(line)) {
                List<Token> tokens = Tokens.of(f);
                if (!tokens.isEmpty()) {
                    forms.add(new Form(line, tokens.stream().map(Token::folded).toList(), formTerms(tokens)));
                }
            }
        }
        List<String> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder(Nfc.of(text));
        Optional<Cited> cited = citations.flatMap(c -> c.inQuery(rest.toString())).map(c -> {
            // what qualifies the number is not a word to find: "2023" would rule out the notice of 2021
            if (c.qualifiersEnd() > c.end()) {
                rest.replace(c.end(), c.qualifiersEnd(), ",");
            }
            return new Cited(c.key(), c.date().map(PartialDate::iso).orElse(""), c.issuer().map(Agency::id).orElse(""));
        });
        List<SearchDates.Found> found = SearchDates.in(rest.toString());
        for (int i = found.size() - 1; i >= 0; i--) {
            SearchDates.Found f = found.get(i);
            rest.replace(f.start(), f.end(), ",");
        }
        found.forEach(f -> {
            if (!dates.contains(f.term())) {
                dates.add(f.term());
            }
        });
        text = rest.toString();
        Map<String, Boolean> units = new LinkedHashMap<>();
        Map<String, Boolean> pairs = new LinkedHashMap<>();
        Map<String, Boolean> exacts = new LinkedHashMap<>();
        Map<Integer, Alternative> alternatives = new LinkedHashMap<>();
        boolean quoted = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '"';
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                List<Token> tokens = Tokens.of(part.toString());
                boolean[] expanded = new boolean[tokens.size()];
                if (!quoted) {
                    expand(tokens, forms, aliases, expanded, alternatives);
                }
                for (int k = 0; k < tokens.size(); k++) {
                    Token t = tokens.get(k);
                    if (expanded[k]) {
                        continue;
                    }
                    units.merge(t.folded(), quoted, Boolean::logicalOr);
                    if (t.accented()) {
                        exacts.merge(t.exact(), quoted && tokens.size() == 1, Boolean::logicalOr);
                    }
                    if (k > 0 && !expanded[k - 1] && (quoted || t.joinedToPrevious())) {
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
        return new SearchQuery(unitList, clauses(pairs), clauses(exacts), dates, List.copyOf(alternatives.values()), cited);
    }

    /** Marks the runs of {@code tokens} that are a form of an alias line, longest first, and adds each line once. */
    private static void expand(List<Token> tokens, List<Form> forms, List<List<String>> aliases, boolean[] expanded,
                               Map<Integer, Alternative> alternatives) {
        int i = 0;
        while (i < tokens.size()) {
            Form best = null;
            if (!tokens.get(i).gluedToPrevious()) {
                for (Form f : forms) {
                    int end = i + f.tokens().size();
                    if (end > tokens.size() || (best != null && f.tokens().size() <= best.tokens().size())
                            || (end < tokens.size() && tokens.get(end).gluedToPrevious())) {
                        continue;
                    }
                    boolean same = true;
                    for (int k = 0; k < f.tokens().size() && same; k++) {
                        same = tokens.get(i + k).folded().equals(f.tokens().get(k));
                    }
                    if (same) {
                        best = f;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int line = best.line();
            List<List<String>> lineForms = new ArrayList<>();
            for (Form f : forms) {
                if (f.line() == line && !lineForms.contains(f.terms())) {
                    lineForms.add(f.terms());
                }
            }
            alternatives.putIfAbsent(line, new Alternative(lineForms));
            java.util.Arrays.fill(expanded, i, i + best.tokens().size(), true);
            i += best.tokens().size();
        }
    }

    private static List<Clause> clauses(Map<String, Boolean> terms) {
        List<Clause> out = new ArrayList<>();
        terms.forEach((term, required) -> out.add(new Clause(term, required)));
        return out;
    }
}
