package congkhai.author;

import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lines written in capitals, which Vietnamese documents use for the kind of document, the subject
 * and the signature block: telling them apart, and writing them back in the case the body uses.
 */
final class Capitals {

    private Capitals() {
    }

    /** Whether every letter of the line is a capital, and it has two letters at least. */
    static boolean isCapitals(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper == letters;
    }

    /** {@code "KẾ HOẠCH"} as {@code "KE HOACH"}: accents, digits and punctuation off, so a heading is found however it is typed. */
    static String foldUpper(String s) {
        return Folding.fold(s).toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Text written in capitals, in sentence case, with each word capitalised as the body writes it
     * in the middle of a sentence ("Chính phủ", "Lạng Sơn") and document numbers as the body writes
     * them ("74-CTr/TU").
     */
    static String recase(String capitals, String body) {
        Map<String, String> spelling = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        Map<String, Integer> lower = new HashMap<>();
        String[] bodyWords = body.split("[\\s,;:()“”\"]+");
        for (int i = 0; i < bodyWords.length; i++) {
            String w = bodyWords[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.contains("/") || w.chars().anyMatch(Character::isDigit)) {
                spelling.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
                continue;
            }
            boolean sentenceStart = i == 0 || bodyWords[i - 1].endsWith(".");
            if (sentenceStart || isCapitals(w) && w.length() > 1) {
                continue;
            }
            // a word and the pair it starts: "Chính phủ" is a name where "chính" alone is not
            List<String> keys = new ArrayList<>(List.of(w.toLowerCase(Locale.ROOT)));
            if (i + 1 < bodyWords.length && !bodyWords[i + 1].isEmpty()) {
                keys.add((w + " " + bodyWords[i + 1]).toLowerCase(Locale.ROOT));
            }
            for (String key : keys) {
                (Character.isUpperCase(w.codePointAt(0)) ? capitalised : lower).merge(key, 1, Integer::sum);
            }
        }
        List<String> words = new ArrayList<>(List.of(capitals.strip().split("\\s+")));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).toLowerCase(Locale.ROOT);
            String core = key.replaceAll("[,;:.]+$", "");
            String tail = key.substring(core.length());
            String pair = i + 1 < words.size() ? core + " " + words.get(i + 1).toLowerCase(Locale.ROOT).replaceAll("[,;:.]+$", "") : "";
            boolean capital = i == 0
                    || capitalised.getOrDefault(pair, 0) > lower.getOrDefault(pair, 0)
                    || !capitalised.containsKey(pair) && !lower.containsKey(pair)
                            && capitalised.getOrDefault(core, 0) > lower.getOrDefault(core, 0);
            String shown = spelling.containsKey(core) ? spelling.get(core)
                    : capital && !core.isEmpty() ? core.substring(0, 1).toUpperCase(Locale.ROOT) + core.substring(1) : core;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(shown).append(tail);
        }
        return out.toString();
    }
}
