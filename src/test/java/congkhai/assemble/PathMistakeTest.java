package congkhai.assemble;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ref written as a file path is told apart by hand as the regular expressions it replaced told it. */
class PathMistakeTest {

    /** The reading before: a drive by pattern, the steps by splitting on a pattern. */
    private static boolean pathByPatterns(String text) {
        boolean path = text.startsWith("/") || text.startsWith("\\") || text.startsWith("~/") || text.matches("^[A-Za-z]:[\\\\/].*");
        for (String step : text.split("[/\\\\]", -1)) {
            path |= step.equals(".") || step.equals("..");
        }
        return path;
    }

    private static boolean path(String text) {
        Optional<String> mistake = References.pathMistake(text);
        return mistake.isPresent() && mistake.get().contains("is a file path");
    }

    @Test
    void pathsAndRefsAsWebmastersWriteThem() {
        for (String p : List.of("../../site-config.yml", "/etc/passwd", "C:\\Windows\\win.ini", "d:/du-lieu/kh.md x", "./kh-2",
                "plans/../kh-2", "plans\\.\\kh-2", "plans/2023/..", ".", "..", "~/kh", "\\\\server\\share")) {
            assertTrue(path(p), p);
        }
        for (String ref : List.of("plans/2023/2023-05-27-kh-122", "122/KH-UBND", "122/KH-UBND ngày 27/5/2023 của UBND tỉnh",
                "40-NQ/TU", "...", "a.b/c", "C:", "1:/x", "CD:/x", "plans/.../kh", "C:\\dòng một\ndòng hai")) {
            assertFalse(path(ref), ref);
        }
    }

    @Test
    void agreesWithThePatternsOnEveryShortText() {
        char[] alphabet = {'/', '\\', '.', 'C', 'z', ':', '~', ' ', '1', '\n', '\r', '\u0085', '\u2028', '\u2029', 'đ'};
        List<String> texts = new ArrayList<>(List.of(""));
        List<String> all = new ArrayList<>(texts);
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String t : texts) {
                for (char c : alphabet) {
                    longer.add(t + c);
                }
            }
            all.addAll(longer);
            texts = longer;
        }
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                t.append(alphabet[random.nextInt(alphabet.length)]);
            }
            all.add(t.toString());
        }
        for (String t : all) {
            // a text ending in .md without a space is a file named, before the path is looked at
            if (!(t.toLowerCase(java.util.Locale.ROOT).endsWith(".md") && !t.contains(" "))) {
                assertEquals(pathByPatterns(t), path(t), () -> "'" + t.replace("\n", "\\n") + "'");
            }
        }
    }
}
