package congkhai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relevance suite over the sample portal: what a journalist types and what must come back. The
 * command line (SearchSuiteTest) and the search page in headless Chromium (SearchPageBrowserTest)
 * both answer it, and must agree.
 */
public final class RelevanceSuite {

    private RelevanceSuite() {
    }

    public static final String PLAN_122 = "plans/2023-05-27-kh-122";
    private static final String CONCLUSION_NQ40 = "conclusions/2022-04-ket-luan-bcd-nq40";
    public static final String MEETING_2025 = "conclusions/2025-03-18-phien-hop-ubnd-thang-3";

    /** What a journalist types, and what must come back. */
    public record Case(String query, Expect expect, String value) {
        @Override
        public String toString() {
            return query + " → " + expect.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (value.isEmpty() ? "" : " " + value);
        }
    }

    public enum Expect {
        /** this record is among the first three */
        IN_TOP_3,
        /** each of the first three results (and there is at least one) shows these words, accents as written */
        TOP_3_SHOW,
        /** nothing at all */
        NO_RESULTS,
        /** whatever comes back, none of the first ten shows these words */
        NONE_SHOW
    }

    public static final List<Case> CASES = List.of(
            new Case("kế hoạch 122", Expect.IN_TOP_3, PLAN_122),
            new Case("ke hoach 122", Expect.IN_TOP_3, PLAN_122),
            new Case("122/KH-UBND", Expect.IN_TOP_3, PLAN_122),
            new Case("122/kh-ubnd", Expect.IN_TOP_3, PLAN_122),
            new Case("122 KH UBND", Expect.IN_TOP_3, PLAN_122),
            new Case("KH-UBND 122", Expect.IN_TOP_3, PLAN_122),
            new Case("Lương Trọng Quỳnh", Expect.IN_TOP_3, PLAN_122),
            new Case("luong trong quynh", Expect.IN_TOP_3, PLAN_122),
            new Case("nghi quyet 40", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("40-NQ/TU", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("Hồ Tiến Thiệu", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("ho tien thieu", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("Hoàng Tuấn Anh", Expect.IN_TOP_3, MEETING_2025),
            new Case("cao tốc Hữu Nghị", Expect.IN_TOP_3, MEETING_2025 + "#t9-1"),
            new Case("so xay dung", Expect.TOP_3_SHOW, "Sở Xây dựng"),
            new Case("giai phong mat bang", Expect.TOP_3_SHOW, "giải phóng mặt bằng"),
            new Case("\"quy hoạch chung\"", Expect.TOP_3_SHOW, "quy hoạch chung"),
            new Case("quy hoạch", Expect.TOP_3_SHOW, "quy hoạch"),
            new Case("dat dai", Expect.TOP_3_SHOW, "đất đai"),
            new Case("tiền", Expect.TOP_3_SHOW, "tiền"),
            new Case("xyzzy", Expect.NO_RESULTS, ""),
            new Case("9999/KH-UBND", Expect.NO_RESULTS, ""),
            new Case("\"quy hoạch riêng\"", Expect.NO_RESULTS, ""),
            new Case("Nguyễn Phú Trọng", Expect.NONE_SHOW, "Nguyễn Phú Trọng"),
            new Case("thủy điện", Expect.NONE_SHOW, "thủy điện"));

    /** One result as either side reports it. */
    public record Result(String id, double score, String shown, String snippet) {
    }

    /** The first ten results of the command line, which searches the Lucene index. */
    public static List<Result> cli(Path site, String query) throws IOException {
        TestSites.Run run = TestSites.cli("search", "--site", site.toString(), "--json", "--limit", "10", query);
        assertEquals(0, run.code(), run.err());
        List<Result> results = new ArrayList<>();
        for (JsonNode hit : new ObjectMapper().readTree(run.out())) {
            results.add(new Result(hit.get("id").asText(), hit.get("score").asDouble(),
                    hit.get("title").asText() + "\n" + hit.get("snippet").asText(), hit.get("snippet").asText()));
        }
        return results;
    }

    public static void check(Case c, List<Result> results) {
        String ids = results.stream().map(Result::id).toList().toString();
        switch (c.expect()) {
            case IN_TOP_3 -> assertTrue(results.stream().limit(3).anyMatch(r -> r.id().equals(c.value())), c + ": " + ids);
            case TOP_3_SHOW -> {
                assertFalse(results.isEmpty(), c.toString());
                results.stream().limit(3).forEach(r -> assertTrue(shows(r, c.value()), c + ": " + r));
            }
            case NO_RESULTS -> assertEquals(List.of(), results, c.toString());
            case NONE_SHOW -> results.forEach(r -> assertFalse(shows(r, c.value()), c + ": " + r));
        }
    }

    private static boolean shows(Result r, String words) {
        return r.shown().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }
}
