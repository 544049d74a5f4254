package congkhai.assemble;

import congkhai.model.Agency;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the agency a citation names after "của": "UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn",
 * "UBND TP Lạng Sơn", "ubnd-tinh". Names are compared word by word, ignoring case and accents, with
 * the usual abbreviations written out (UBND, HĐND, TP, MTTQ), against each agency's name, aliases and
 * id. A name ending in a level and a place ("… tỉnh Lạng Sơn") is also known without the place ("UBND
 * tỉnh"), unless two agencies would share that short form ("UBND huyện"). Immutable.
 */
final class IssuerNames {

    /** A word of a text, folded, and where it stands in the original text. */
    record Word(String folded, int start, int end) {
    }

    /** An agency named by words {@code [from, to)}. */
    record Match(Agency agency, int from, int to) {
    }

    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "ubnd", List.of("uy", "ban", "nhan", "dan"),
            "hdnd", List.of("hoi", "dong", "nhan", "dan"),
            "tp", List.of("thanh", "pho"),
            "mttq", List.of("mat", "tran", "to", "quoc"),
            "mttqvn", List.of("mat", "tran", "to", "quoc", "viet", "nam"));
    /** Administrative levels; a name that ends in one of them and a place is also written without the place. */
    private static final List<List<String>> LEVELS = List.of(List.of("tinh"), List.of("thanh", "pho"), List.of("huyen"),
            List.of("thi", "xa"), List.of("quan"), List.of("phuong"), List.of("xa"), List.of("thi", "tran"));

    private final Map<List<String>, Agency> spellings;
    private final int longest;

    IssuerNames(Collection<Agency> agencies) {
        Map<List<String>, Agency> explicit = new LinkedHashMap<>();
        Map<List<String>, Agency> derived = new HashMap<>();
        Set<List<String>> shared = new HashSet<>();
        // ids first: a ref's mapping form names its issuer by id, and no alias may take it over
        for (Agency a : agencies) {
            explicit.putIfAbsent(foldedWords(a.id()), a);
        }
        for (Agency a : agencies) {
            List<String> forms = new ArrayList<>();
            forms.add(a.name());
            forms.addAll(a.aliases());
            for (String form : forms) {
                List<String> words = foldedWords(form);
                if (words.isEmpty()) {
                    continue;
                }
                explicit.putIfAbsent(words, a);
                withoutPlace(words).ifPresent(shorter -> {
                    Agency other = derived.putIfAbsent(shorter, a);
                    if (other != null && other != a) {
                        shared.add(shorter);
                    }
                });
            }
        }
        Map<List<String>, Agency> all = new HashMap<>(explicit);
        derived.forEach((words, agency) -> {
            if (!shared.contains(words)) {
                all.putIfAbsent(words, agency);
            }
        });
        this.spellings = Map.copyOf(all);
        this.longest = all.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** "uy ban nhan dan tinh lang son" without its place: "uy ban nhan dan tinh". */
    private static Optional<List<String>> withoutPlace(List<String> words) {
        for (List<String> level : LEVELS) {
            for (int at = words.size() - level.size() - 1; at >= 1 && at >= words.size() - level.size() - 3; at--) {
                if (words.subList(at, at + level.size()).equals(level)) {
                    return Optional.of(List.copyOf(words.subList(0, at + level.size())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The agency whose name starts at word {@code i}, the longest spelling first. Empty when none
     * does, or when the name goes on with a capitalised word in the text: "UBND thành phố Hà Nội" is
     * not "UBND thành phố" of this portal.
     */
    Optional<Match> at(String text, List<Word> words, int i) {
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            List<String> key = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) {
                key.add(words.get(k).folded());
            }
            Agency agency = spellings.get(key);
            if (agency == null) {
                continue;
            }
            int end = words.get(i + n - 1).end();
            int next = i + n;
            while (next < words.size() && words.get(next).start() < end) {
                next++;
            }
            if (next < words.size() && text.substring(end, words.get(next).start()).isBlank()
                    && Character.isUpperCase(text.charAt(words.get(next).start()))) {
                return Optional.empty();
            }
            return Optional.of(new Match(agency, i, next));
        }
        return Optional.empty();
    }

    /** The first agency named anywhere in words {@code [from, to)}: "Chủ tịch UBND tỉnh" names the UBND tỉnh. */
    Optional<Agency> within(String text, List<Word> words, int from, int to) {
        List<Word> window = words.subList(0, Math.min(to, words.size()));
        for (int i = from; i < window.size(); i++) {
            Optional<Match> m = at(text, window, i);
            if (m.isPresent()) {
                return Optional.of(m.get().agency());
            }
        }
        return Optional.empty();
    }

    /** The words of {@code text[from, to)}, folded, abbreviations written out (each part keeps the abbreviation's place). */
    static List<Word> words(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String folded = Folding.fold(text.substring(start, i)).toLowerCase(Locale.ROOT);
            List<String> expanded = ABBREVIATIONS.get(folded);
            if (expanded == null) {
                words.add(new Word(folded, start, i));
            } else {
                for (String part : expanded) {
                    words.add(new Word(part, start, i));
                }
            }
        }
        return words;
    }

    private static List<String> foldedWords(String text) {
        return words(text, 0, text.length()).stream().map(Word::folded).toList();
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Every spelling and its agency, for a fingerprint of what body citations can name. */
    Map<List<String>, Agency> spellings() {
        return spellings;
    }
}
