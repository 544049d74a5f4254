package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample portal built at two as-of days, as issue 4 asks. */
class SamplePortalTrackingTest {

    private static final String BASE = "https://congkhai.langson.example/";

    @TempDir
    static Path tmp;
    static Path early;
    static Path late;
    static TestSites.Run earlyRun;

    @BeforeAll
    static void build() {
        early = tmp.resolve("2022");
        late = tmp.resolve("2025");
        earlyRun = TestSites.build(TestSites.SAMPLE_PORTAL, early, "--as-of=2022-06-30");
        assertEquals(0, earlyRun.code(), earlyRun.err());
        assertEquals(0, TestSites.build(TestSites.SAMPLE_PORTAL, late, "--as-of=2025-06-30").code());
    }

    private static Map<String, String> statuses(Path site) throws IOException {
        Map<String, String> byId = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
            byId.put(t.get("id").asText(), t.get("status").asText());
        }
        return byId;
    }

    @Test
    void aPastAsOfDayShowsThePortalAsItStoodThen() throws IOException {
        assertTrue(earlyRun.out().startsWith("built 2 records (3 dated after the as-of day left out)"), earlyRun.out());
        Map<String, String> then = statuses(early);
        Map<String, String> now = statuses(late);
        assertEquals(18, then.size(), "in June 2022 only the April 2022 conclusion had assigned tasks: 15 counted, and 3 parents of two milestones each");
        String boundaries = "conclusions/2022-04-ket-luan-bcd-nq40#t3-1";
        assertEquals("overdue_no_report", then.get(boundaries), "due in April 2022, no report");
        String july = "conclusions/2022-04-ket-luan-bcd-nq40#t3-2b";
        assertEquals("no_report", then.get(july), "due in July 2022: not yet due on 30/06/2022, and nothing reported");
        assertEquals("overdue_no_report", now.get(july));
        assertEquals("overdue_no_report", then.get("conclusions/2022-04-ket-luan-bcd-nq40#t3-2"),
                "the parent follows its sub-tasks: the report to UBND tỉnh (31/05/2022) passed with no report");
        assertNotEquals(then, now);
        assertTrue(Files.notExists(early.resolve("plans/2023-05-27-kh-122/index.html")));
    }

    /**
     * The ranking and totals against a count made from the records by hand (see the note of issue 15):
     * no progress report exists, so no agency is ranked; each is listed with the tasks it leads and
     * the deadlines that passed with no report. Sub-tasks count instead of their parent; a yearly
     * deadline counts once per passed year; an expected date never counts as passed.
     */
    @Test
    void rankingAndTotalsMatchTheHandCount() throws IOException {
        Document ranking = Jsoup.parse(late.resolve("xep-hang/index.html").toFile(), "UTF-8");
        assertTrue(ranking.select("table.ranking").isEmpty(), "nothing was reported, so nobody is ranked");
        assertEquals(List.of(
                "Ban Chỉ đạo thực hiện Nghị quyết số 40-NQ/TU: chưa có báo cáo (2 nhiệm vụ chủ trì)",
                "Mặt trận Tổ quốc Việt Nam: chưa có báo cáo (1 nhiệm vụ chủ trì)",
                "Phòng Dân tộc và Tôn giáo: chưa có báo cáo (2 nhiệm vụ chủ trì)",
                "Phòng Nông nghiệp và Môi trường: chưa có báo cáo (12 nhiệm vụ chủ trì)",
                "Phòng Tài chính - Kế hoạch: chưa có báo cáo (2 nhiệm vụ chủ trì)",
                "Phòng Văn hoá, Khoa học và Thông tin: chưa có báo cáo (2 nhiệm vụ chủ trì)",
                "Sở Giáo dục và Đào tạo: chưa có báo cáo (2 nhiệm vụ chủ trì; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Sở Kế hoạch và Đầu tư: chưa có báo cáo (9 nhiệm vụ chủ trì; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Sở Nội vụ: chưa có báo cáo (7 nhiệm vụ chủ trì; 1 thời hạn đã qua mà chưa có báo cáo)",
                "Sở Thông tin và Truyền thông: chưa có báo cáo (5 nhiệm vụ chủ trì)",
                "Sở Tài chính: chưa có báo cáo (2 nhiệm vụ chủ trì)",
                "Sở Tài nguyên và Môi trường: chưa có báo cáo (3 nhiệm vụ chủ trì; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Sở Xây dựng: chưa có báo cáo (24 nhiệm vụ chủ trì)",
                "Thanh tra thành phố: chưa có báo cáo (3 nhiệm vụ chủ trì)",
                "Trung tâm Phát triển quỹ đất thành phố: chưa có báo cáo (4 nhiệm vụ chủ trì; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Văn phòng HĐND và UBND thành phố: chưa có báo cáo (1 nhiệm vụ chủ trì)",
                "Ủy ban nhân dân thành phố Lạng Sơn: chưa có báo cáo (8 nhiệm vụ chủ trì)"),
                ranking.select("section:has(#chua-co-bao-cao) li").eachText());
        assertEquals(List.of(
                "Các cơ quan có liên quan (1 nhiệm vụ chủ trì; 1 chưa có báo cáo)",
                "Các phòng, ban, cơ quan, đơn vị thành phố (4 nhiệm vụ chủ trì; 4 chưa có báo cáo; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Các sở, ban, ngành (15 nhiệm vụ chủ trì; 15 chưa có báo cáo; 2 thời hạn đã qua mà chưa có báo cáo)",
                "Các tổ chức chính trị - xã hội (1 nhiệm vụ chủ trì; 1 chưa có báo cáo)",
                "Các tổ chức chính trị - xã hội tỉnh (1 nhiệm vụ chủ trì; 1 chưa có báo cáo)",
                "Các tổ chức xã hội - nghề nghiệp (1 nhiệm vụ chủ trì; 1 chưa có báo cáo)",
                "UBND các huyện, thành phố (49 nhiệm vụ chủ trì; 49 chưa có báo cáo; 2 thời hạn đã qua mà chưa có báo cáo)",
                "UBND các phường, xã (4 nhiệm vụ chủ trì; 4 chưa có báo cáo)"),
                ranking.select("section:has(#nhom-co-quan) li").eachText(),
                "groups are listed apart, never ranked as one body");

        Map<String, Integer> byStatus = new HashMap<>();
        int rows = 0;
        for (JsonNode t : new ObjectMapper().readTree(late.resolve("data/tasks.json").toFile())) {
            rows++;
            if (t.get("counted").asBoolean()) {
                byStatus.merge(t.get("status").asText(), 1, Integer::sum);
                assertTrue(!t.get("reported").asBoolean(), "the sample has no progress report");
            }
        }
        assertEquals(132, rows, "138 tasks before, less 9 directives, plus 3 parents of milestone pairs");
        assertEquals(Map.of("ongoing", 80, "no_report", 34, "overdue_no_report", 11), byStatus,
                "125 counted: 7 parents are counted through their sub-tasks");
        Document home = Jsoup.parse(late.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("11", "0"), home.select(".stat-overdue .stat-number").eachText(),
                "11 past the deadline with no report, none reported not done (13 'Quá hạn' before: t13 and t3a only had expected dates)");
        Document tracker = Jsoup.parse(late.resolve("nhiem-vu/index.html").toFile(), "UTF-8");
        assertTrue(tracker.selectFirst(".lead").text().contains("125 nhiệm vụ: 11 quá hạn, chưa có báo cáo; 114 chưa đến hạn hoặc không có hạn cố định; 0 đã hoàn thành. "
                        + "Chưa nhiệm vụ nào có báo cáo tiến độ. Ngoài ra, các kỳ trước của nhiệm vụ định kỳ có 4 kỳ quá hạn, chưa có báo cáo."),
                tracker.selectFirst(".lead").text());
    }

    @Test
    void openDataAgreesWithTheTaskPagesAtBothDays() throws IOException {
        for (Path site : List.of(early, late)) {
            for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
                String path = t.get("url").asText().substring(BASE.length());
                Document task = Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
                assertEquals(t.get("status_label").asText(), task.selectFirst("header .status").text(), t.get("id").asText());
                Document doc = Jsoup.parse(site.resolve(t.get("record").asText()).resolve("index.html").toFile(), "UTF-8");
                String local = t.get("id").asText().substring(t.get("id").asText().indexOf('#') + 1);
                assertEquals(t.get("status_label").asText(), doc.getElementById(local).selectFirst(".status").text());
            }
        }
    }

    @Test
    void fromEverySeedRecordItsRelatedRecordsTasksAndCitedNumbersAreAtMostTwoClicksAwayAndBack() throws IOException {
        JsonNode docs = new ObjectMapper().readTree(late.resolve("data/documents.json").toFile());
        JsonNode tasks = new ObjectMapper().readTree(late.resolve("data/tasks.json").toFile());
        for (JsonNode d : docs) {
            String from = "/" + d.get("id").asText() + "/";
            Set<String> near = reachable(from, 2);
            for (JsonNode ref : d.get("refs")) {
                String target = ref.asText().contains("/") && !ref.asText().matches(".*[A-Z].*")
                        ? "/" + ref.asText() + "/" : numberPlace(congkhai.text.Folding.slug(ref.asText()));
                assertTrue(near.contains(target), from + " -> " + target);
                assertTrue(reachable(target, 2).contains(from), target + " -> back to " + from);
            }
            for (JsonNode t : tasks) {
                if (t.get("record").asText().equals(d.get("id").asText())) {
                    String task = "/" + t.get("url").asText().substring(BASE.length());
                    assertTrue(near.contains(task), from + " -> " + task);
                    assertTrue(reachable(task, 1).contains(from), task + " -> back to " + from);
                }
            }
        }
    }

    /**
     * The page where a number is listed: its own page when several documents bear it, else the register
     * that has its entry ({@code id="so-<slug>"}).
     */
    private static String numberPlace(String slug) throws IOException {
        if (Files.exists(late.resolve("so-hieu/" + slug + "/index.html"))) {
            return "/so-hieu/" + slug + "/";
        }
        try (java.util.stream.Stream<Path> files = Files.walk(late.resolve("so-hieu"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                if (Jsoup.parse(p.toFile(), "UTF-8").getElementById("so-" + slug) != null) {
                    return "/" + late.relativize(p.getParent()).toString().replace('\\', '/') + "/";
                }
            }
        }
        throw new AssertionError("no page or register entry for the number " + slug);
    }

    /** Pages reachable from {@code start} in at most {@code clicks} clicks on internal links. */
    private static Set<String> reachable(String start, int clicks) throws IOException {
        Set<String> seen = new HashSet<>(Set.of(start));
        ArrayDeque<String> frontier = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth < clicks; depth++) {
            ArrayDeque<String> next = new ArrayDeque<>();
            for (String page : frontier) {
                Path file = late.resolve(page.substring(1)).resolve("index.html");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String href : Jsoup.parse(file.toFile(), "UTF-8").select("main a[href^=/]").eachAttr("href")) {
                    String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    if (seen.add(target)) {
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }
}
