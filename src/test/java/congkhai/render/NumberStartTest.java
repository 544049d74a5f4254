package congkhai.render;

import congkhai.assemble.CitationReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Linking numbers in bodies tries the pattern only where {@link MarkdownRenderer#nextNumberStart} says; it must find what find() finds. */
class NumberStartTest {

    private static List<String> byFind(String s) {
        List<String> found = new ArrayList<>();
        Matcher m = CitationReader.BODY_NUMBER.matcher(s);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> byCandidates(String s) {
        List<String> found = new ArrayList<>();
        Matcher m = CitationReader.BODY_NUMBER.matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; (from = MarkdownRenderer.nextNumberStart(s, from)) >= 0; ) {
            if (!m.region(from, s.length()).lookingAt()) {
                from++;
                continue;
            }
            from = m.end();
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsTheNumbersOfABody() {
        String s = "Theo Kế hoạch số 122/KH-UBND ngày 27/5/2023 và 12/2023/NQ-HĐND, x12/KH-UBND, 5-CTr/TU.";
        assertEquals(List.of("17:122/KH-UBND", "47:12/2023/NQ-HĐND", "77:5-CTr/TU"), byCandidates(s));
        assertEquals(byFind(s), byCandidates(s));
    }

    @Test
    void agreesWithFindOnRandomText() {
        String[] pieces = {"1", "2", "0", "12", "2023", "/", "-", "KH", "UBND", "Đ", "ư", "a", "b", " ", ".", ",", "&", "\uD835\uDC00",
                "\uD801\uDC00", "\uD800", "\uDC00", "٣", "Ⅻ", "(", "\n"};
        Random random = new Random(3);
        for (int round = 0; round < 200_000; round++) {
            String s = RandomTexts.next(random, pieces, 16);
            assertEquals(byFind(s), byCandidates(s), () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
