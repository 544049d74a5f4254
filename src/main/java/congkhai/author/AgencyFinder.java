package congkhai.author;

import congkhai.model.Agency;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agencies of a site's config where a document names them, however it spells them:
 * with or without accents, "UBND" for "Ủy ban nhân dân", "TP." for "thành phố", with or without the
 * province's name after "tỉnh" or "thành phố".
 */
final class AgencyFinder {

    /** An agency named in a text, at a place in the folded form of that text. */
    record Mention(Agency agency, int start, int end) {
    }

    private static final Pattern PLACE_AFTER_LEVEL = Pattern.compile("^(.* (?:tinh|thanh pho))( [a-z]+){1,3}$");

    /** Folded spelling to agency, longest spellings first so "sở tài nguyên và môi trường" wins over shorter names. */
    private final Map<String, Agency> spellings = new LinkedHashMap<>();

    AgencyFinder(List<Agency> agencies) {
        List<Map.Entry<String, Agency>> all = new ArrayList<>();
        for (Agency a : agencies) {
            String name = fold(a.name());
            all.add(Map.entry(name, a));
            Matcher m = PLACE_AFTER_LEVEL.matcher(name);
            if (m.matches()) {
                all.add(Map.entry(m.group(1), a));
            }
            if (name.endsWith(" thanh pho") && !name.startsWith("uy ban nhan dan")) {
                all.add(Map.entry(name.substring(0, name.length() - " thanh pho".length()), a));
            }
        }
        all.sort(Comparator.comparingInt((Map.Entry<String, Agency> e) -> -e.getKey().length()));
        for (Map.Entry<String, Agency> e : all) {
            spellings.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /**
     * Lowercase, no accents, abbreviations written out, one space between words: the form names
     * are compared in. Offsets in it are not offsets in the original text.
     */
    static String fold(String text) {
        String s = Folding.fold(text).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\bubnd\\b", "uy ban nhan dan")
                .replaceAll("\\bhdnd\\b", "hoi dong nhan dan")
                .replaceAll("\\btp\\.\\s*", "thanh pho ")
                .replaceAll("\\bmttq(vn)?\\b", "mat tran to quoc viet nam");
        return s.replaceAll("[^a-z0-9/]+", " ").strip();
    }

    /** Every agency named in {@code text}, in order, longest name first where two overlap. */
    List<Mention> find(String text) {
        String folded = " " + fold(text) + " ";
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        for (Map.Entry<String, Agency> e : spellings.entrySet()) {
            String needle = " " + e.getKey() + " ";
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                int start = at + 1;
                int end = at + needle.length() - 1;
                boolean free = true;
                for (int i = start; i < end; i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(e.getValue(), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }
}
