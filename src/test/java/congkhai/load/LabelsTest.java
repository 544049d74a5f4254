package congkhai.load;

import congkhai.model.DocType;
import congkhai.model.ProgressState;
import congkhai.model.TaskStatus;
import congkhai.base.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    private static final String PATH = "templates/labels.properties";

    @TempDir
    Path emptySite;

    /** {0}, {1}, … are filled where the pattern of a blank finds them, and every other brace is left as it is. */
    @Test
    void blanksAreFilledAsTheirPatternFindsThem() {
        Pattern blank = Pattern.compile("\\{(\\d+)}");
        java.util.Random random = new java.util.Random(7);
        String alphabet = "{}0129aă ";
        Object[] values = {"một", 2, "$3\\"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Matcher m = blank.matcher(text);
            StringBuilder expected = new StringBuilder();
            while (m.find()) {
                int k = Integer.parseInt(m.group(1));
                m.appendReplacement(expected, Matcher.quoteReplacement(k < values.length ? String.valueOf(values[k]) : m.group()));
            }
            m.appendTail(expected);
            assertEquals(expected.toString(), Labels.fill(text.toString(), values), text.toString());
        }
        assertEquals("Chủ trì: Sở Tài chính ({1} {5}) {x} {", Labels.fill("Chủ trì: {0} ({1} {5}) {x} {", "Sở Tài chính"));
    }

    @Test
    void aFileIsKeysAndTextsWithCommentsAndBlankLinesLeftOut() {
        List<Problem> problems = new ArrayList<>();
        Labels labels = Labels.parse(PATH, "# chú thích\n! cũng là chú thích\n\n  page.search.title =  Tra cứu  \r\n"
                + "page.led.title=Chủ trì: {0}\nformula = a = b\nempty =\n", problems);
        assertEquals(List.of(), problems);
        assertEquals(Map.of("page.search.title", "Tra cứu", "page.led.title", "Chủ trì: {0}", "formula", "a = b", "empty", ""),
                labels.texts());
    }

    @Test
    void blanksAreFilledInOrderAndABlankWithNoValueStays() {
        Labels labels = new Labels(Map.of("chart.bar.title", "Tháng {0}/{1}: {2} {3}", "plain", "Không có chỗ trống {x"));
        assertEquals("Tháng 6/2025: 3 hoàn thành", labels.get("chart.bar.title", 6, 2025, 3, "hoàn thành"));
        assertEquals("Tháng 6/{1}: {2} {3}", labels.get("chart.bar.title", 6));
        assertEquals("Không có chỗ trống {x", labels.get("plain"));
        assertEquals("$1 \\ đồng", new Labels(Map.of("k", "{0} đồng")).get("k", "$1 \\"));
    }

    @Test
    void eachMalformedLineIsALocatedProblemAndTheOthersAreKept() {
        List<Problem> problems = new ArrayList<>();
        Labels labels = Labels.parse(PATH, String.join("\n",
                "good = Tốt",
                "  no equals sign",
                "Bad.Key = x",
                "= no key",
                "good = again",
                "continued = first line \\",
                "braces = {0} and {name}",
                "closing = a } b"), problems);
        assertEquals(List.of(
                PATH + ":2:3: error: a label is written 'key = text'; this line has no '='",
                PATH + ":3:1: error: label key 'Bad.Key' may hold only lower-case letters a-z, digits, '_', and '.' or '-' between them",
                PATH + ":4:1: error: a label without its key before '='",
                PATH + ":5:1: error: label 'good' is already given on line 1",
                PATH + ":6:24: error: label 'continued' ends with '\\'; a label is one line and is not continued on the next",
                PATH + ":7:18: error: label 'braces': a blank is written {0}, {1}, ...; this '{' is not one",
                PATH + ":8:13: error: label 'closing': a blank is written {0}, {1}, ...; this '}' is not one"),
                problems.stream().map(Problem::toString).toList());
        assertEquals(Map.of("good", "Tốt"), labels.texts());
    }

    @Test
    void aSitesLabelsChangeSomeAndAddTheirOwnAndTheBuiltInOnesKeepTheRest() {
        Labels builtIn = new Labels(Map.of("a", "A", "b", "B"));
        Labels merged = builtIn.overriddenBy(new Labels(Map.of("b", "Bê", "own", "Riêng")));
        assertEquals(Map.of("a", "A", "b", "Bê", "own", "Riêng"), merged.texts());
    }

    @Test
    void aKeyTheLabelsLackIsAMistakeInTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labels.none().get("page.nowhere"));
        assertTrue(e.getMessage().contains("page.nowhere"), e.getMessage());
    }

    @Test
    void theBuiltInThemeNamesEveryTypeStatusAndStateAndEveryKeyItsTemplatesAsk() {
        List<Problem> problems = new ArrayList<>();
        Theme theme = SiteLoader.loadTheme(emptySite, problems);
        assertEquals(List.of(), problems);
        Labels labels = theme.labels();
        List<String> missing = new ArrayList<>();
        for (DocType t : DocType.values()) {
            List.of(t.labelKey(), t.singularKey()).forEach(k -> check(labels, k, missing));
        }
        for (TaskStatus s : TaskStatus.values()) {
            check(labels, s.labelKey(), missing);
        }
        for (ProgressState s : ProgressState.values()) {
            check(labels, s.labelKey(), missing);
        }
        Matcher asked = Pattern.compile("label\\(\"([^\"]+)\"").matcher("");
        theme.templates().values().forEach(text -> {
            asked.reset(text);
            while (asked.find()) {
                check(labels, asked.group(1), missing);
            }
        });
        assertEquals(List.of(), missing);
    }

    /** Every key the Java code asks by name, {@code words.get("page.tracker.title")}, is in the built-in file. */
    @Test
    void theBuiltInThemeHasEveryKeyTheCodeAsks() throws IOException {
        Labels labels = SiteLoader.loadTheme(emptySite, new ArrayList<>()).labels();
        Matcher asked = Pattern.compile("(?:words|labels)\\.get\\(\"([^\"]+)\"|\"(feed\\.status\\.due(?:_expected)?)\"").matcher("");
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path file : java.filter(f -> f.toString().endsWith(".java")).toList()) {
                asked.reset(Files.readString(file));
                while (asked.find()) {
                    String key = asked.group(1) != null ? asked.group(1) : asked.group(2);
                    // a key the code completes, "chart.legend." + kind, is checked through the page that shows it
                    if (!key.endsWith(".")) {
                        keys++;
                        check(labels, key, missing);
                    }
                }
            }
        }
        assertTrue(keys > 50, "found only " + keys + " keys asked in the code");
        assertEquals(List.of(), missing);
    }

    private static void check(Labels labels, String key, List<String> missing) {
        if (labels.find(key).isEmpty()) {
            missing.add(key);
        }
    }
}
