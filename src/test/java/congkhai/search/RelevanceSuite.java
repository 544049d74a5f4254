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
    private static final String REPORT_10_MONTHS = "reports/2022-10-24-bao-cao-ktxh-10-thang-2022";

    /** What a journalist types, what must come back, and why (counts are of the source files in content/). */
    public record Case(String query, Expect expect, String value, String why) {
        @Override
        public String toString() {
            return query + " → " + expect.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (value.isEmpty() ? "" : " " + value);
        }
    }

    public enum Expect {
        /** this document is the first result */
        FIRST,
        /** this document is among the first three */
        IN_TOP_3,
        /** this task ("document#task") is shown under its document, among the first three results */
        TASK_SHOWN,
        /** each of the first three results (and there is at least one) shows these words, accents as written */
        TOP_3_SHOW,
        /** the first result shows these words, accents as written */
        FIRST_SHOWS,
        /** every task shown under the first result shows these words */
        FIRST_TASKS_SHOW,
        /** the same results, in the same order, as this other query */
        SAME_AS,
        /** nothing at all */
        NO_RESULTS,
        /** the first results are these documents, in this order (ids separated by commas) */
        STARTS_WITH,
        /** whatever comes back, none of the first ten shows these words */
        NONE_SHOW
    }

    private static Case c(String query, Expect expect, String value, String why) {
        return new Case(query, expect, value, why);
    }

    public static final List<Case> CASES = List.of(
            // numbers: the document with the number first, then documents citing it
            c("122/KH-UBND", Expect.FIRST, PLAN_122, "the plan's own number"),
            c("122/kh-ubnd", Expect.FIRST, PLAN_122, "case does not matter in a number"),
            c("122 KH UBND", Expect.FIRST, PLAN_122, "a number typed with spaces"),
            c("KH-UBND 122", Expect.FIRST, PLAN_122, "a number typed in another order"),
            c("kế hoạch 122", Expect.FIRST, PLAN_122, "type and number, as people say it"),
            c("ke hoach 122", Expect.FIRST, PLAN_122, "the same without accents"),
            c("148/NQ-CP", Expect.FIRST, PLAN_122, "the plan carries out resolution 148/NQ-CP and cites it 23 times; no other file does"),
            c("40-NQ/TU", Expect.FIRST, CONCLUSION_NQ40, "the conclusion cites 40-NQ/TU 11 times, the report 7, the meeting 2"),
            c("nghi quyet 40", Expect.IN_TOP_3, CONCLUSION_NQ40, "the conclusion is about resolution 40"),
            c("9999/KH-UBND", Expect.NO_RESULTS, "", "no document has or cites this number"),
            // people
            c("Lương Trọng Quỳnh", Expect.FIRST, PLAN_122, "he signed the plan"),
            c("luong trong quynh", Expect.FIRST, PLAN_122, "his name without accents"),
            c("Hồ Tiến Thiệu", Expect.FIRST, CONCLUSION_NQ40, "the conclusion is his"),
            c("ho tien thieu", Expect.FIRST, CONCLUSION_NQ40, "his name without accents"),
            c("Hoàng Tuấn Anh", Expect.FIRST, MEETING_2025, "he chaired the March 2025 meeting"),
            c("Nguyễn Phú Trọng", Expect.NONE_SHOW, "Nguyễn Phú Trọng", "named nowhere"),
            // phrases
            c("cao tốc Hữu Nghị", Expect.TASK_SHOWN, MEETING_2025 + "#t9-1", "task t9-1 is the Hữu Nghị – Chi Lăng expressway"),
            c("chuyển đổi số", Expect.FIRST, MEETING_2025, "the meeting says it 6 times, the report once, the plan twice"),
            c("chuyen doi so", Expect.FIRST, MEETING_2025, "the same without accents"),
            c("\"quy hoạch chung\"", Expect.TOP_3_SHOW, "quy hoạch chung", "a quoted phrase is required as written"),
            c("\"quy hoạch riêng\"", Expect.NO_RESULTS, "", "the phrase is nowhere, though both words are"),
            c("quy hoạch", Expect.TOP_3_SHOW, "quy hoạch", "the words side by side come first"),
            c("dat dai", Expect.TOP_3_SHOW, "đất đai", "folded query, accented text"),
            c("tiền", Expect.FIRST_SHOWS, "tiền", "the accents typed rank first: tiền before tiến"),
            c("xyzzy", Expect.NO_RESULTS, "", "no such word"),
            c("thủy điện", Expect.NONE_SHOW, "thủy điện", "no hydropower anywhere"),
            c("đầu tư công", Expect.FIRST, PLAN_122, "the plan says it 12 times, no other file does"),
            c("khu công nghiệp", Expect.FIRST, PLAN_122, "the plan says it 10 times, no other file does"),
            c("quá hạn", Expect.FIRST_TASKS_SHOW, "Quá hạn", "overdue tasks, not a task about 'quyền hạn' found through 'Quá trình'"),
            c("giai phong mat bang", Expect.FIRST, MEETING_2025, "22 mentions in the meeting and its tasks, 16 in the report, 10 in the conclusion"),
            c("giai phong mat bang", Expect.TOP_3_SHOW, "giải phóng mặt bằng", "the phrase, accents as written"),
            c("cải cách hành chính", Expect.FIRST, REPORT_10_MONTHS, "only the report says it (6 times)"),
            c("Ban Chỉ đạo", Expect.FIRST, CONCLUSION_NQ40, "15 times in the conclusion of the steering committee, 10 in the report, 6 in the meeting"),
            c("HĐND", Expect.FIRST, CONCLUSION_NQ40, "27 times in the conclusion, at most 5 elsewhere"),
            c("Sở Xây dựng", Expect.FIRST, PLAN_122, "19 times in the plan, at most 2 elsewhere"),
            c("so xay dung", Expect.FIRST, PLAN_122, "the same without accents"),
            c("TNMT", Expect.FIRST, PLAN_122, "the plan writes TNMT 13 times and the full name 5 times"),
            c("Sở TNMT", Expect.IN_TOP_3, PLAN_122, "an agency by its short name"),
            // abbreviations and aliases find the full wording, and back
            c("GPMB", Expect.SAME_AS, "giải phóng mặt bằng", "GPMB is the common abbreviation of land clearance"),
            c("KT-XH", Expect.SAME_AS, "kinh tế - xã hội", "built-in abbreviation"),
            c("KTXH", Expect.SAME_AS, "kinh tế - xã hội", "built-in abbreviation, written without its dash"),
            c("NTM", Expect.SAME_AS, "nông thôn mới", "built-in abbreviation"),
            c("BCĐ", Expect.SAME_AS, "Ban Chỉ đạo", "built-in abbreviation"),
            c("hội đồng nhân dân", Expect.SAME_AS, "HĐND", "the full wording finds the abbreviation"),
            c("tài nguyên và môi trường", Expect.SAME_AS, "TNMT", "the full wording finds the abbreviation"),
            c("KCN", Expect.SAME_AS, "khu công nghiệp", "built-in abbreviation"),
            c("TTHC", Expect.SAME_AS, "thủ tục hành chính", "built-in abbreviation"),
            c("CCHC", Expect.SAME_AS, "cải cách hành chính", "built-in abbreviation"),
            c("so-xd", Expect.SAME_AS, "Sở Xây dựng", "an agency's id is one of its names"),
            // dates in every usual form
            c("18/3/2025", Expect.FIRST, MEETING_2025, "the meeting is dated 18/03/2025"),
            c("18-3-2025", Expect.SAME_AS, "18/3/2025", "the same day with dashes"),
            c("2025-03-18", Expect.SAME_AS, "18/3/2025", "the same day, ISO"),
            c("ngày 18 tháng 3 năm 2025", Expect.SAME_AS, "18/3/2025", "the same day in words"),
            c("27/5/2023", Expect.FIRST, PLAN_122, "the plan is dated 27/05/2023"),
            c("tháng 3/2025", Expect.FIRST, MEETING_2025, "the meeting is dated in March 2025 and its tasks are due then"),
            c("11/11/2022", Expect.FIRST, PLAN_122, "the plan cites resolution 148/NQ-CP of 11/11/2022 three times"));

    /** The archive fixture (src/test/resources/sites/archive): numbers that start again every year and differ by issuer. */
    public static final Path ARCHIVE = TestSites.FIXTURES.resolve("archive");
    private static final String TB7_2021 = "notices/2021-01-15-tb-7";
    private static final String TB7_2023 = "notices/2023-02-10-tb-7";
    private static final String TB7_CITY = "notices/2023-03-tb-7-tp";
    private static final String KH122_2023 = "plans/2023-05-27-kh-122";
    private static final String KH122_2024 = "plans/2024-kh-122";
    private static final String KH122_CITY = "plans/2024-06-03-kh-122-tp";
    private static final String REPORT = "reports/2024-12-20-bao-cao";

    private static String inOrder(String... ids) {
        return String.join(",", ids);
    }

    /**
     * Number queries over the archive fixture. Three notices carry 7/TB-UBND (the province's of
     * 15/01/2021 and 10/02/2023, the city's 07/TB-UBND of March 2023), three plans 122/KH-UBND (the
     * province's of 27/05/2023 and of 2024, the city's of 03/06/2024); the report of 20/12/2024 cites
     * 7/TB-UBND 5 times and 122/KH-UBND 6 times in its text. Record order, newest first, puts the
     * city's notice (March 2023) before the notice of 10/02/2023, and the city's plan (03/06/2024)
     * before the province's plan dated only "2024".
     */
    public static final List<Case> ARCHIVE_CASES = List.of(
            c("7/TB-UBND", Expect.STARTS_WITH, inOrder(TB7_CITY, TB7_2023, TB7_2021, REPORT),
                    "the three notices carrying the number, newest first, then the report that cites it 5 times"),
            c("07/TB-UBND", Expect.SAME_AS, "7/TB-UBND", "leading zeros do not count: 07/TB-UBND is 7/TB-UBND"),
            c("7/tb-ubnd", Expect.SAME_AS, "7/TB-UBND", "case does not matter in a number"),
            c("7/TB-UBND 2021", Expect.FIRST, TB7_2021, "the only 7/TB-UBND of 2021; its text never says 2021, so the year must qualify, not filter"),
            c("7/TB-UBND năm 2021", Expect.FIRST, TB7_2021, "the year as a citation writes it"),
            c("7/TB-UBND tháng 3/2023", Expect.FIRST, TB7_CITY, "the city's notice is dated March 2023"),
            c("7/TB-UBND ngày 10/02/2023", Expect.STARTS_WITH, inOrder(TB7_2023, TB7_CITY),
                    "the notice of that day, then the other 7/TB-UBND of 2023 (same year), then the rest"),
            c("7/TB-UBND của UBND thành phố", Expect.FIRST, TB7_CITY, "the only 7/TB-UBND of the city's committee"),
            c("122/KH-UBND", Expect.STARTS_WITH, inOrder(KH122_CITY, KH122_2024, KH122_2023, REPORT),
                    "the three plans carrying the number, newest first, then the report that cites it 6 times"),
            c("122/KH-UBND 2023", Expect.FIRST, KH122_2023, "the only 122/KH-UBND of 2023"),
            c("122/KH-UBND ngày 27/5/2023", Expect.FIRST, KH122_2023, "the plan of 27/05/2023; the plan of 2024 cites that date but does not carry it"),
            c("122/kh-ubnd ngày 27 tháng 5 năm 2023", Expect.FIRST, KH122_2023, "the same day in words, in lowercase"),
            c("122/KH-UBND ngày 3/6/2024", Expect.STARTS_WITH, inOrder(KH122_CITY, KH122_2024),
                    "the city's plan of that day, then the province's plan of the same year"),
            c("122/KH-UBND của UBND tỉnh", Expect.STARTS_WITH, inOrder(KH122_2024, KH122_2023, KH122_CITY),
                    "the province's two plans, newest first, before the city's"),
            c("122/KH-UBND năm 2024 của UBND tỉnh", Expect.FIRST, KH122_2024, "the province's plan of 2024: both year and issuer match"),
            c("122/KH-UBND của Ủy ban nhân dân thành phố Lạng Sơn", Expect.FIRST, KH122_CITY, "the issuer by its full name"),
            c("122/KH-UBND ngày 27/5/2023 đô thị", Expect.FIRST, KH122_2023,
                    "words after the citation still count: the plan's title says đô thị"),
            c("12/2023/NQ-HĐND", Expect.FIRST, "resolutions/2023-12-08-nq-12", "a number carrying its own year"),
            c("5/TB-VP", Expect.FIRST, "notices/2024-04-01-tb-5", "a document without an issuer"),
            c("9/TB-UBND 2021", Expect.NO_RESULTS, "", "no document carries or cites 9/TB-UBND"));

    /** One result as either side reports it: a document, or a task listed alone, with the tasks shown under it. */
    public record Result(String id, double score, String shown, String snippet, List<String> tasks, List<String> taskTexts) {
    }

    /** The first ten results of the command line, which searches the Lucene index. */
    public static List<Result> cli(Path site, String query) throws IOException {
        TestSites.Run run = TestSites.cli("search", "--site", site.toString(), "--json", "--limit", "10", query);
        assertEquals(0, run.code(), run.err());
        List<Result> results = new ArrayList<>();
        for (JsonNode hit : new ObjectMapper().readTree(run.out())) {
            StringBuilder shown = new StringBuilder(hit.get("title").asText() + "\n" + hit.get("snippet").asText());
            List<String> tasks = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (hit.has("tasks")) {
                for (JsonNode t : hit.get("tasks")) {
                    tasks.add(t.get("id").asText());
                    String text = t.get("title").asText() + "\n" + t.path("statusLabel").asText() + "\n" + t.get("snippet").asText();
                    texts.add(text);
                    shown.append("\n").append(text);
                }
            }
            results.add(new Result(hit.get("id").asText(), hit.get("score").asDouble(), shown.toString(), hit.get("snippet").asText(),
                    tasks, texts));
        }
        return results;
    }

    /** Checks a case against results; {@code other} runs another query the same way, for {@link Expect#SAME_AS}. */
    public static void check(Case c, List<Result> results, Search other) throws Exception {
        String ids = results.stream().map(Result::id).toList().toString();
        switch (c.expect()) {
            case FIRST -> assertTrue(!results.isEmpty() && results.get(0).id().equals(c.value()), c + " (" + c.why() + "): " + ids);
            case IN_TOP_3 -> assertTrue(results.stream().limit(3).anyMatch(r -> r.id().equals(c.value())), c + " (" + c.why() + "): " + ids);
            case TASK_SHOWN -> assertTrue(results.stream().limit(3).anyMatch(r -> r.tasks().contains(c.value())),
                    c + " (" + c.why() + "): " + results.stream().limit(3).map(Result::tasks).toList());
            case TOP_3_SHOW -> {
                assertFalse(results.isEmpty(), c.toString());
                results.stream().limit(3).forEach(r -> assertTrue(shows(r, c.value()), c + ": " + r));
            }
            case FIRST_SHOWS -> assertTrue(!results.isEmpty() && shows(results.get(0), c.value()), c + ": " + results);
            case FIRST_TASKS_SHOW -> {
                assertFalse(results.isEmpty() || results.get(0).taskTexts().isEmpty(), c + ": " + ids);
                results.get(0).taskTexts().forEach(t -> assertTrue(t.contains(c.value()), c + " (" + c.why() + "): " + t));
            }
            case SAME_AS -> assertEquals(other.search(c.value()).stream().map(Result::id).toList(), results.stream().map(Result::id).toList(),
                    c + " (" + c.why() + ")");
            case NO_RESULTS -> assertEquals(List.of(), results, c.toString());
            case STARTS_WITH -> {
                List<String> expected = List.of(c.value().split(","));
                assertEquals(expected, results.stream().limit(expected.size()).map(Result::id).toList(), c + " (" + c.why() + ")");
            }
            case NONE_SHOW -> results.forEach(r -> assertFalse(shows(r, c.value()), c + ": " + r));
        }
    }

    /** Runs a query the way the side under test does. */
    public interface Search {
        List<Result> search(String query) throws Exception;
    }

    private static boolean shows(Result r, String words) {
        return r.shown().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }
}
