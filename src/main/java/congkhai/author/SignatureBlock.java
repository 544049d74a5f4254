package congkhai.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static congkhai.author.Capitals.isCapitals;

/**
 * The signature block at a document's end: the capitalised lines of the position ("TM. ỦY BAN NHÂN
 * DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name under them.
 *
 * @param name     the signer's name as written
 * @param position the position in the case the body writes it, such as "KT. Chủ tịch, Phó Chủ tịch"
 */
record SignatureBlock(String name, String position) {

    private static final Pattern SIGN_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q|PP)\\.\\s*", Pattern.CASE_INSENSITIVE);

    /** The first line at or after {@code from} that opens a signature block ("TM. …" in capitals), or the number of lines. */
    static int start(List<String> lines, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (SIGN_PREFIX.matcher(lines.get(i)).find() && isCapitals(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The block in the signature's lines, its position recased after {@code body}; empty when its
     * last line does not look like a person's name. Lines that start with "-" are the list of
     * recipients beside it.
     */
    static Optional<SignatureBlock> in(List<String> signature, String body) {
        List<String> block = signature.stream().filter(l -> !l.isBlank() && !l.startsWith("-")).toList();
        if (!block.isEmpty() && looksLikeName(block.get(block.size() - 1))) {
            return Optional.of(new SignatureBlock(block.get(block.size() - 1).strip(), position(block.subList(0, block.size() - 1), body)));
        }
        return Optional.empty();
    }

    private static boolean looksLikeName(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.matches(".*[\\d:;()/].*") || isCapitals(l)) {
            return false;
        }
        String[] words = l.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" becomes "KT. Chủ tịch, Phó Chủ tịch": the
     * collective line is dropped when someone signs on the chair's behalf, as pages usually show it.
     */
    private static String position(List<String> block, String body) {
        List<String> parts = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (String l : block) {
            // "TM. ỦY BAN NHÂN" / "DÂN": a title broken over lines
            if (!joined.isEmpty() && !SIGN_PREFIX.matcher(l).find() && Capitals.foldUpper(joined.get(joined.size() - 1)).endsWith("NHAN")) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + l);
            } else {
                joined.add(l);
            }
        }
        boolean onBehalf = joined.stream().anyMatch(l -> l.toUpperCase(Locale.ROOT).startsWith("KT."));
        for (String l : joined) {
            if (onBehalf && l.toUpperCase(Locale.ROOT).startsWith("TM.")) {
                continue;
            }
            Matcher prefix = SIGN_PREFIX.matcher(l);
            String head = prefix.find() ? l.substring(0, prefix.end()).toUpperCase(Locale.ROOT) : "";
            String rest = l.substring(head.length()).strip();
            parts.add(head + Capitals.recase(rest, body));
        }
        return String.join(", ", parts);
    }
}
