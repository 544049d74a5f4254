package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 on sites/tracking: what is known said plainly (no report, reported not done, done late),
 * rankings on reported outcomes only, recurring and expected deadlines, sub-tasks counted once,
 * directives and groups outside agency counts.
 */
class HonestTrackingTest {

    private static final String PLAN = "plans/2024-01-10-kh-1/";
    private static final String YEARLY = "plans/2023-05-27-kh-2/";
    private static final String PARENTS = "conclusions/2025-01-15-kl-3/";
    private static final String EXPECTED = "notices/2023-03-01-tb-4/";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("2025-06-30");
        TestSites.Run run = TestSites.build(TestSites.fixture("tracking"), out);
        assertEquals(0, run.code(), run.err());
    }

    private static Document page(Path site, String path) throws IOException {
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static Document page(String path) throws IOException {
        return page(out, path);
    }

    private static String status(Document doc, String taskId) {
        return doc.getElementById(taskId).selectFirst(".status").text();
    }

    private static Map<String, JsonNode> tasks(Path site) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
            byId.put(t.get("id").asText().substring(t.get("id").asText().indexOf('#') + 1), t);
        }
        return byId;
    }

    @Test
    void noReportReportedNotDoneAndDoneLateAreThreeDifferentThings() throws IOException {
        Document plan = page(PLAN);
        assertEquals("Quá hạn, chưa có báo cáo", status(plan, "b3"));
        assertEquals("Quá hạn, chưa hoàn thành", status(plan, "b2"));
        assertEquals("Hoàn thành trễ hạn", status(plan, "a2"));
        assertEquals("Hoàn thành đúng hạn", status(plan, "a1"));
        assertEquals("Chưa có báo cáo", status(plan, "a3"), "due on the as-of day, nothing reported: not overdue, not 'not started'");
        assertEquals("Chưa triển khai", status(plan, "a4"), "only a report can say the work has not started");
        assertEquals("Đã hoàn thành", status(plan, "f1"), "done, with no deadline to be on time or late against");
        assertEquals("Đã hủy bỏ", status(plan, "c3"));

        Document b3 = page(PLAN + "b3/");
        assertEquals("Quá hạn, chưa có báo cáo", b3.selectFirst("article header .status").text());
        assertTrue(b3.selectFirst("section:has(#tien-do) .empty").text().contains("cổng không biết nhiệm vụ đã được thực hiện đến đâu"));

        Map<String, JsonNode> data = tasks(out);
        assertEquals("overdue_no_report", data.get("b3").get("status").asText());
        assertFalse(data.get("b3").get("reported").asBoolean());
        assertEquals("overdue", data.get("b2").get("status").asText());
        assertTrue(data.get("b2").get("reported").asBoolean());
        assertEquals("done_late", data.get("a2").get("status").asText());
        assertEquals("Quá hạn, chưa có báo cáo", data.get("b3").get("status_label").asText());

        assertEquals(List.of("Việc E1, quá hạn, không có báo cáo", "Việc B3, quá hạn, không có báo cáo", "Việc D5, quá hạn, không có báo cáo",
                        "Việc D6, quá hạn, không có báo cáo", "Dự án thứ hai hoàn thành giải phóng mặt bằng", "Báo cáo hằng quý năm 2025"),
                page("nhiem-vu/tinh-trang/qua-han-chua-co-bao-cao/").select(".task-title").eachText());
        assertEquals(List.of("Việc B2, quá hạn, báo cáo chưa xong"), page("nhiem-vu/tinh-trang/qua-han/").select(".task-title").eachText());

        Document home = page("");
        assertEquals(List.of("6", "1"), home.select(".stat-overdue .stat-number").eachText(),
                "6 deadlines passed with no report (the quarterly one by its current period, Q2), 1 reported not done");
    }

    @Test
    void theFeedSaysWhetherAPassedDeadlineHadAnyReport() throws IOException {
        String feed = Files.readString(out.resolve("nhiem-vu/atom.xml"));
        org.jsoup.nodes.Document xml = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        List<String> titles = xml.select("entry > title").eachText();
        assertTrue(titles.contains("Quá hạn, chưa có báo cáo: Việc B3, quá hạn, không có báo cáo"), titles.toString());
        assertTrue(titles.contains("Quá hạn, chưa hoàn thành: Việc B2, quá hạn, báo cáo chưa xong"), titles.toString());
        assertTrue(titles.contains("Hoàn thành trễ hạn: Việc A2, xong trễ hạn"), titles.toString());
        assertTrue(titles.contains("Quá hạn, chưa có báo cáo (kỳ năm 2024): Báo cáo kết quả hằng năm, chưa từng báo cáo"), titles.toString());
        assertTrue(titles.contains("Hoàn thành trễ hạn (kỳ năm 2024): Báo cáo tình hình thực hiện hằng năm"), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("Hoàn thành quy hoạch, dự kiến")), "an expected date never becomes overdue");
        assertTrue(titles.stream().noneMatch(t -> t.endsWith(": Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm")),
                "a parent changes through its sub-tasks, not again by itself");
    }

    @Test
    void theRankingCountsOnlyReportedOutcomesAndTiesShareARank() throws IOException {
        Document ranking = page("xep-hang/");
        List<String> rows = new ArrayList<>();
        for (Element tr : ranking.select("table.ranking tbody tr")) {
            rows.add(String.join(" | ", tr.select("td, th").eachText()));
        }
        assertEquals(List.of(
                "1 | Sở Z | 1 | 1 | 0 | 0 | 100% | 3 | 2/3",
                "2 | Sở P | 4 | 3 | 1 | 0 | 75% | 1 | 1/5",
                "3 | Sở A | 2 | 1 | 1 | 0 | 50% | 0 | 1/4",
                "3 | Sở C | 2 | 1 | 1 | 0 | 50% | 0 | 0/3",
                "3 | Sở D | 4 | 2 | 2 | 0 | 50% | 2 | 2/6",
                "3 | Sở Y | 2 | 1 | 1 | 0 | 50% | 0 | 0/1",
                "7 | Sở B | 2 | 1 | 0 | 1 | 50% | 1 | 1/3"), rows,
                "rank, agency, assessed, on time, late, reported not done, rate, passed with no report, tasks with no report; "
                        + "Sở D has more tasks and two deadlines passed unreported, and still shares rank 3, never above Sở A; "
                        + "at the same rate Sở B is below for one task reported not done");
        assertEquals(List.of(
                        "Sở E: chưa có báo cáo (2 nhiệm vụ chủ trì; 1 thời hạn đã qua mà chưa có báo cáo)",
                        "Sở F: chưa có báo cáo (1 nhiệm vụ chủ trì; 1 có báo cáo nhưng chưa đến hạn hoặc không có hạn cố định để đánh giá)",
                        "Sở X: chưa có báo cáo (3 nhiệm vụ chủ trì; 1 có báo cáo nhưng chưa đến hạn hoặc không có hạn cố định để đánh giá)"),
                ranking.select("section:has(#chua-co-bao-cao) li").eachText(), "nothing reported: shown apart, not ranked last");
        assertEquals(List.of("Các sở, ban, ngành (2 nhiệm vụ chủ trì; 1 chưa có báo cáo; 1/1 lần được đánh giá là đúng hạn)"),
                ranking.select("section:has(#nhom-co-quan) li").eachText(), "a group is never ranked, even with a task done on time");
        String method = ranking.selectFirst(".method").text();
        assertTrue(method.contains("đồng hạng"), method);
        assertTrue(method.contains("không cơ quan nào được xếp trên vì có nhiều nhiệm vụ hơn"), method);

        Document groupPage = page("co-quan/cac-so/");
        assertTrue(groupPage.selectFirst(".scorecard").text().contains("nhóm cơ quan"), groupPage.selectFirst(".scorecard").text());
        Document b = page("co-quan/so-b/");
        assertEquals(List.of("3", "1", "0", "1", "1"), b.select(".scorecard .stat-number").eachText(),
                "led, on time, late, reported not done, passed with no report");
    }

    @Test
    void aYearlyDeadlineIsTrackedPeriodByPeriodOverThreeYears() throws IOException {
        Document y1 = page(YEARLY + "y1/");
        assertEquals("Chưa có báo cáo", y1.selectFirst("article header .status").text());
        assertEquals("Chưa có báo cáo (kỳ năm 2025)", y1.selectFirst("article header p:has(.status)").text(),
                "no percent: the 100% reported for 2024 says nothing about 2025");
        String deadline = y1.select(".doc-meta div:has(dt:contains(Thời hạn)) dd").text();
        assertTrue(deadline.startsWith("Hằng năm, hạn ngày 15/12; kỳ này: năm 2025, hạn 15/12/2025"), deadline);
        List<String> periods = new ArrayList<>();
        for (Element tr : y1.select("table.periods tbody tr")) {
            periods.add(String.join(" | ", tr.select("th, td").eachText()));
        }
        assertEquals(List.of(
                "năm 2025 (kỳ hiện tại) | 15/12/2025 | Chưa có báo cáo | Chưa có báo cáo",
                "năm 2024 | 15/12/2024 | Hoàn thành trễ hạn | 1 báo cáo, gần nhất ngày 05/01/2025",
                "năm 2023 | 15/12/2023 | Hoàn thành đúng hạn | 1 báo cáo, gần nhất ngày 10/12/2023"), periods,
                "the January 2025 report names 2024 as its period, so 2024 was done late and 2025 has no report yet");
        assertEquals("05/01/2025 · Đã hoàn thành · kỳ năm 2024", y1.select(".timeline .timeline-head").first().text());

        JsonNode rows = new ObjectMapper().readTree(out.resolve("data/periods.json").toFile());
        List<String> y2 = new ArrayList<>();
        for (JsonNode r : rows) {
            if (r.get("task").asText().endsWith("#y2")) {
                y2.add(r.get("period").asText() + " " + r.get("due_date").asText() + " " + r.get("status").asText());
            }
        }
        assertEquals(List.of("2023 2023-12-15 overdue_no_report", "2024 2024-12-15 overdue_no_report", "2025 2025-12-15 no_report"), y2);
        assertEquals("2025-12-15", tasks(out).get("y2").get("due_date").asText(), "the current period's deadline");
        assertEquals("year", tasks(out).get("y2").get("recurrence").asText());

        String counts = page(YEARLY).selectFirst("section:has(#nhiem-vu) .as-of").text();
        assertTrue(counts.endsWith("Ngoài ra, các kỳ trước của nhiệm vụ định kỳ có 2 kỳ quá hạn, chưa có báo cáo."),
                "a task's status is its current period's, so the years missed before are said apart: " + counts);

        Document quarterly = page(YEARLY + "y3/");
        assertEquals("Quá hạn, chưa có báo cáo", quarterly.selectFirst("article header .status").text(), "Q2 was due on 20/06/2025");
        assertEquals("Thường xuyên", page(YEARLY).getElementById("y4").selectFirst(".status").text());
        assertTrue(page(YEARLY).getElementById("y4").text().contains("Định kỳ (văn bản không nêu kỳ hạn)"));

        Path december = tmp.resolve("2025-12-16");
        assertEquals(0, TestSites.build(TestSites.fixture("tracking"), december, "--as-of=2025-12-16").code());
        assertEquals("overdue_no_report", tasks(december).get("y1").get("status").asText(), "2025's deadline passed with nothing for 2025");
        Path nextYear = tmp.resolve("2026-01-10");
        assertEquals(0, TestSites.build(TestSites.fixture("tracking"), nextYear, "--as-of=2026-01-10").code());
        assertEquals("no_report", tasks(nextYear).get("y1").get("status").asText(), "a new year is a new period");
        assertEquals("2026", tasks(nextYear).get("y1").get("period").asText());
        assertEquals(4, page(nextYear, YEARLY + "y1/").select("table.periods tbody tr").size(), "2023 to 2026");
        assertEquals("2025-Q4", tasks(nextYear).get("y3").get("period").asText(), "the quarterly deadline ends with 2025-Q4");
    }

    @Test
    void aParentFollowsItsSubtasksUnlessItHasItsOwnReportsAndTheWorkIsCountedOnce() throws IOException {
        Document doc = page(PARENTS);
        assertEquals("Nhiệm vụ được giao (6)", doc.selectFirst("#nhiem-vu").text(),
                "p1-1, p1-2, p2-1, p3-1, p3-2 and p4: the three parents are counted through their sub-tasks");
        Element p1 = doc.getElementById("p1");
        assertEquals(List.of("p1-1", "p1-2"), List.of(p1.nextElementSibling().id(), p1.nextElementSibling().nextElementSibling().id()),
                "sub-tasks follow their parent in the task table");
        assertTrue(p1.nextElementSibling().hasClass("subtask"));
        assertEquals("Quá hạn, chưa có báo cáo", status(doc, "p1"), "one sub-task done, the other past its deadline with no report");
        assertTrue(FixtureSiteTest.cell(p1, "Nhiệm vụ").text().contains("(2 nhiệm vụ con)"), p1.text());
        assertTrue(page(PARENTS + "p1/").selectFirst(".doc-meta div:has(dt:contains(Tình trạng)) dd").text().contains("tổng hợp từ 2 nhiệm vụ con"));
        assertEquals("Đang thực hiện", status(doc, "p2"), "its own report decides, not its sub-task");
        assertEquals("Hoàn thành trễ hạn", status(doc, "p3"), "every sub-task done, one late");

        Document parentPage = page(PARENTS + "p1/");
        assertEquals(List.of("Dự án thứ nhất hoàn thành giải phóng mặt bằng", "Dự án thứ hai hoàn thành giải phóng mặt bằng"),
                parentPage.select("section:has(#nhiem-vu-con) .task-title").eachText());
        Document child = page(PARENTS + "p1-2/");
        assertEquals("/" + PARENTS + "p1/", child.selectFirst(".doc-meta div:has(dt:contains(Thuộc nhiệm vụ)) a").attr("href"));

        List<String> led = page("nhiem-vu/chu-tri/so-p/").select(".task-title").eachText();
        assertEquals(5, led.size(), led.toString());
        assertFalse(led.contains("Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm"), "the tracker lists the work once, through sub-tasks");

        Map<String, JsonNode> data = tasks(out);
        assertFalse(data.get("p1").get("counted").asBoolean());
        assertTrue(data.get("p1-1").get("counted").asBoolean());
        assertEquals("conclusions/2025-01-15-kl-3#p1", data.get("p1-2").get("parent").asText());
        assertEquals(2, data.get("p1").get("subtasks").size());
        JsonNode documents = new ObjectMapper().readTree(out.resolve("data/documents.json").toFile());
        for (JsonNode d : documents) {
            if (d.get("id").asText().equals("conclusions/2025-01-15-kl-3")) {
                assertEquals(6, d.get("tasks").asInt());
                assertEquals(2, d.get("directives").asInt());
            }
        }
    }

    @Test
    void directivesAreShownWithTheirDocumentAndCountedForNoAgency() throws IOException {
        Document doc = page(PARENTS);
        Element section = doc.selectFirst("section:has(#chi-dao)");
        assertNotNull(section);
        assertEquals(List.of("chi-dao-1", "chi-dao-2"), section.select("ol.directive-list > li").eachAttr("id"));
        assertEquals("Tăng cường công tác phối hợp giữa các sở, ngành", section.selectFirst("#chi-dao-1 p").text());
        assertEquals("Gửi: Các sở, ban, ngành", section.selectFirst("#chi-dao-2 .directive-to").text());
        assertTrue(tasks(out).keySet().stream().noneMatch(id -> id.startsWith("chi-dao")), "a directive is not a task");
        assertEquals(List.of("Việc chung của các sở", "Việc chung của các sở, xong đúng hạn"),
                page("nhiem-vu/chu-tri/cac-so/").select(".task-title").eachText(), "the directive to the group is not among its tasks");
    }

    @Test
    void anExpectedDeadlineIsMarkedAndNeverMakesATaskOverdue() throws IOException {
        Document doc = page(EXPECTED);
        Element x1 = doc.getElementById("x1");
        assertEquals("Chưa có báo cáo", x1.selectFirst(".status").text(), "expected in 2023, nothing reported: not overdue");
        assertTrue(x1.text().contains("(dự kiến)"), "the task table marks an expected deadline: " + x1.text());
        String deadline = page(EXPECTED + "x1/").selectFirst(".doc-meta div:has(dt:contains(Thời hạn)) dd").text();
        assertEquals("năm 2023 (thời hạn dự kiến, không dùng để tính quá hạn) (văn bản ghi: “Dự kiến hoàn thành trong năm 2023”)", deadline);
        assertEquals("Đã hoàn thành", doc.getElementById("x2").selectFirst(".status").text(), "done after the expected month: not judged late");
        assertTrue(tasks(out).get("x1").get("due_expected").asBoolean());
        assertTrue(page("").select("section:has(#nv-sap-den-han) .task-title").eachText().contains("Việc có hạn dự kiến sắp tới"),
                "an expected date still shows among what is coming");
        assertTrue(page("co-quan/so-x/").select("section:has(#nv-qua-han)").isEmpty());
    }

    @Test
    void aNewsItemShowsNoNumberButAnUnnumberedNoticeSaysSo() throws IOException {
        assertNull(FixtureSiteTest.meta(page("news/2025-02-01-tin/"), "Số ký hiệu"));
        assertEquals("Chưa có số", FixtureSiteTest.meta(page(EXPECTED), "Số ký hiệu"));
        // the identity line under the title says the same
        String newsIdentity = page("news/2025-02-01-tin/").selectFirst(".doc-identity").text();
        assertFalse(newsIdentity.contains("số"), newsIdentity);
        assertTrue(newsIdentity.startsWith("Ngày 01/02/2025"), newsIdentity);
        assertTrue(page(EXPECTED).selectFirst(".doc-identity").text().startsWith("Chưa có số"));
    }
}
