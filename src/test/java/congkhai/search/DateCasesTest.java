package congkhai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.text.TokenCasesTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One table of dates as people write them, src/test/resources/search/date-cases.json, run against
 * {@link SearchDates} (the index's and the command line's) and search.js's {@code datesIn} (the
 * browser's queries): each text's dates as [start, end, term].
 */
class DateCasesTest {

    static final Path CASES = Path.of("src/test/resources/search/date-cases.json");

    private static List<JsonNode> cases;

    @BeforeAll
    static void readCases() throws IOException {
        cases = new ArrayList<>();
        new ObjectMapper().readTree(CASES.toFile()).forEach(cases::add);
    }

    @Test
    void theTableHasDatesAndTextsWithout() {
        assertTrue(cases.size() >= 20, cases.size() + " cases");
        assertTrue(cases.stream().anyMatch(c -> c.get("dates").isEmpty()));
        assertTrue(cases.stream().anyMatch(c -> c.get("dates").size() > 1));
    }

    /**
     * SearchDates looks at a place's first char before trying a pattern there ("n" or "N" for
     * "ngày", "t" or "T" for "tháng"): no other char may be what the patterns read as the letter.
     */
    @Test
    void theFirstLettersOfTheWordPatternsMatchNoOtherChar() {
        for (char letter : new char[] {'n', 't'}) {
            java.util.regex.Pattern anyCase = java.util.regex.Pattern.compile(String.valueOf(letter),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            List<String> matched = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                    .mapToObj(Character::toString).filter(c -> anyCase.matcher(c).matches()).toList();
            assertEquals(List.of(String.valueOf(Character.toUpperCase(letter)), String.valueOf(letter)), matched);
        }
    }

    @TestFactory
    Stream<DynamicTest> searchDates() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("why").asText(), () -> {
            List<List<Object>> found = SearchDates.in(c.get("text").asText()).stream()
                    .map(f -> List.<Object>of(f.start(), f.end(), f.term())).toList();
            assertEquals(expected(c), found, c.get("text").toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> searchJsDatesIn() throws Exception {
        JsonNode observed = new ObjectMapper().readTree(TokenCasesTest.runSearchJs("dates", CASES));
        assertEquals(cases.size(), observed.size());
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).get("why").asText(),
                () -> assertEquals(cases.get(i).get("dates"), observed.get(i), cases.get(i).get("text").toString())));
    }

    private static List<List<Object>> expected(JsonNode c) {
        List<List<Object>> dates = new ArrayList<>();
        for (JsonNode d : c.get("dates")) {
            dates.add(List.of(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
        }
        return dates;
    }
}
