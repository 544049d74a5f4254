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
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4 on sites/basic: task pages, the tracker's views, scorecards, the document graph, feeds and open data. */
class TrackerTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.fixture("basic"), out);
        assertEquals(0, run.code(), run.err());
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void aTaskPageShowsItsTimelineNewestFirstWithEvidenceLinks() throws IOException {
        Document task = page("conclusions/2025-03-18-ket-luan/t1/");
        assertEquals("Hoàn thành kiểm kê đất đai", task.selectFirst("h1").text());
        assertEquals("Hoàn thành trễ hạn", task.selectFirst("header .status").text());
        List<String> heads = task.select(".timeline .timeline-head").eachText();
        assertEquals(List.of("05/06/2025 · Đã hoàn thành · 100%", "30/04/2025 · Đang thực hiện · 60%"), heads,
                "the update of 10/07/2025 is after the as-of day and not shown");
        assertEquals("/cong/reports/2025-07-bao-cao/", task.select(".timeline .evidence a").attr("href"));
        assertEquals("/cong/conclusions/2025-03-18-ket-luan/#t1", task.selectFirst(".doc-kicker a").attr("href"));
    }

    @Test
    void aTaskWithoutReportsSaysSo() throws IOException {
        Document task = page("plans/2023-05-27-kh-122/t2/");
        assertEquals("Quá hạn, chưa có báo cáo", task.selectFirst("header .status").text());
        String empty = task.selectFirst("section:has(#tien-do) .empty").text();
        assertTrue(empty.startsWith("Chưa có báo cáo tiến độ"), empty);
        assertTrue(empty.contains("cổng không biết nhiệm vụ đã được thực hiện đến đâu"), empty);
    }

    @Test
    void theChainCanBeWalkedBothWays() throws IOException {
        // plan -> cited by the conclusion -> its task -> progress evidence: the report -> which cites the plan
        Document plan = page("plans/2023-05-27-kh-122/");
        assertTrue(plan.select("h3:contains(Được dẫn chiếu bởi) + ul a").eachAttr("href").contains("/cong/conclusions/2025-03-18-ket-luan/"));
        Document conclusion = page("conclusions/2025-03-18-ket-luan/");
        assertEquals("/cong/conclusions/2025-03-18-ket-luan/t1/", conclusion.getElementById("t1").selectFirst("a.task-title").attr("href"));
        Document report = page("reports/2025-07-bao-cao/");
        Element reports = report.selectFirst("section:has(#bao-cao-tien-do)");
        assertNotNull(reports, "the report shows which task updates cite it");
        assertEquals(List.of("/cong/conclusions/2025-03-18-ket-luan/t1/"), reports.select("a").eachAttr("href"),
                "the update of 30/04/2025 names the report as its evidence");
        assertTrue(report.select("h3:contains(Căn cứ) + ul a").eachAttr("href").contains("/cong/plans/2023-05-27-kh-122/"),
                "and the report leads back to the plan");
    }

    @Test
    void documentNumbersInBodyTextAreLinkedWhenThePortalKnowsThem() throws IOException {
        Element body = page("reports/2025-07-bao-cao/").selectFirst(".doc-body");
        List<String> linked = new ArrayList<>();
        for (Element a : body.select("a.doc-number-link")) {
            linked.add(a.text() + " -> " + a.attr("href"));
        }
        assertEquals(List.of("122/KH-UBND -> /cong/plans/2023-05-27-kh-122/", "40-NQ/TU -> /cong/so-hieu/khac/chua-ro-nam/#so-40-nq-tu"), linked,
                "a number of one document not on the portal: its entry in the register");
        assertTrue(body.text().contains("99/XYZ-ABC"), "an unknown number stays plain text");
        assertTrue(body.select("code a").isEmpty(), "code is never rewritten");
        Element planBody = page("plans/2023-05-27-kh-122/").selectFirst(".doc-body");
        assertTrue(planBody.select("a.doc-number-link").isEmpty(), "a document never links its own number");
    }

    @Test
    void theTrackerHasAViewForEveryStatusAgencyTopicMonthAndDocument() throws IOException {
        assertEquals(List.of("Lập bản đồ hiện trạng"), page("nhiem-vu/tinh-trang/qua-han-chua-co-bao-cao/").select(".task-title").eachText());
        assertEquals(List.of(), page("nhiem-vu/tinh-trang/qua-han/").select(".task-title").eachText(),
                "no report says a task is still not done past its deadline");
        assertEquals(List.of("Hoàn thành kiểm kê đất đai"), page("nhiem-vu/tinh-trang/hoan-thanh-qua-han/").select(".task-title").eachText());
        assertEquals(List.of("Rà soát quy hoạch chung đô thị"), page("nhiem-vu/tinh-trang/chua-co-bao-cao/").select(".task-title").eachText());
        assertEquals(List.of("Lập bản đồ hiện trạng", "Hoàn thành kiểm kê đất đai"), page("nhiem-vu/chu-tri/so-tnmt/").select(".task-title").eachText());
        assertEquals(List.of("Rà soát quy hoạch chung đô thị"), page("nhiem-vu/phoi-hop/ubnd-tp/").select(".task-title").eachText());
        // t3 of the plan has its own topics: it is filed under them, not under its plan's
        assertEquals(List.of("Tuyên truyền thường xuyên", "Hoàn thành kiểm kê đất đai"), page("nhiem-vu/linh-vuc/dat-dai/").select(".task-title").eachText());
        assertEquals(List.of("Lập bản đồ hiện trạng", "Rà soát quy hoạch chung đô thị"), page("nhiem-vu/linh-vuc/quy-hoach/").select(".task-title").eachText());
        assertEquals(List.of("Rà soát quy hoạch chung đô thị"), page("nhiem-vu/han/2025-06/").select(".task-title").eachText(),
                "a quarter is due on its last day");
        assertEquals(List.of("Tuyên truyền thường xuyên"), page("nhiem-vu/han/khong-thoi-han/").select(".task-title").eachText());
        assertEquals(2, page("nhiem-vu/van-ban/").select(".doc-item").size());
        Document hub = page("nhiem-vu/");
        assertTrue(hub.select("a").eachAttr("href").containsAll(List.of("/cong/nhiem-vu/tinh-trang/qua-han/",
                "/cong/nhiem-vu/tinh-trang/qua-han-chua-co-bao-cao/",
                "/cong/nhiem-vu/chu-tri/so-xd/", "/cong/nhiem-vu/phoi-hop/so-tnmt/", "/cong/nhiem-vu/han/2024-12/")));
    }

    @Test
    void anAgencyPageScoresTheTasksItLeads() throws IOException {
        Document agency = page("co-quan/so-tnmt/");
        List<String> numbers = agency.select(".scorecard .stat-number").eachText();
        assertEquals(List.of("2", "0", "1", "0", "1"), numbers, "led, on time, late, overdue reported not done, overdue with no report");
        assertTrue(agency.selectFirst(".scorecard").text().contains("hoàn thành trễ hạn (100%)"),
                "the rate counts only what was reported: the one task reported on was done late");
        Element svg = agency.selectFirst("svg.status-chart");
        assertNotNull(svg);
        assertTrue(agency.select("script").isEmpty(), "the chart needs no script");
        assertFalse(svg.select("rect.overdue").isEmpty());
        assertEquals(List.of("Lập bản đồ hiện trạng"), agency.select("section:has(#nv-qua-han) .task-title").eachText());
    }

    @Test
    void theRankingRanksOnlyWhatWasReportedAndStatesItsMethod() throws IOException {
        Document ranking = page("xep-hang/");
        assertTrue(ranking.selectFirst(".method").text().contains("Tỷ lệ đúng hạn = số lần hoàn thành đúng hạn / số lần được đánh giá"));
        assertTrue(ranking.selectFirst(".method").text().contains("chỉ tính những gì đã được báo cáo"));
        List<String> rows = ranking.select("table.ranking tbody th").eachText();
        assertEquals(List.of("Sở Tài nguyên và Môi trường"), rows,
                "Sở TN&MT reported one task done late; Sở Xây dựng reported nothing, so it is not ranked last but not ranked");
        assertEquals(List.of("1", "Sở Tài nguyên và Môi trường", "1", "0", "1", "0", "0%", "1", "1/2"),
                ranking.select("table.ranking tbody tr").first().select("td, th").eachText(),
                "rank, agency, assessed, on time, late, overdue reported, rate, overdue with no report, tasks with no report");
        assertEquals(List.of("Sở Xây dựng: chưa có báo cáo (2 nhiệm vụ chủ trì; 1 thời hạn đã qua mà chưa có báo cáo)",
                        "UBND thành phố Lạng Sơn: chưa có báo cáo (1 nhiệm vụ chủ trì)"),
                ranking.select("section:has(#chua-co-bao-cao) li").eachText());
    }

    @Test
    void statusChangesHaveTheirOwnFeeds() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document feed = f.newDocumentBuilder().parse(out.resolve("nhiem-vu/atom.xml").toFile());
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> entries = new ArrayList<>();
        NodeList updated = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated");
        for (int i = 1; i < titles.getLength(); i++) {
            entries.add(updated.item(i).getTextContent().substring(0, 10) + " " + titles.item(i).getTextContent());
        }
        assertEquals(List.of(
                "2025-06-05 Hoàn thành trễ hạn: Hoàn thành kiểm kê đất đai",
                "2025-05-31 Quá hạn, chưa hoàn thành: Hoàn thành kiểm kê đất đai",
                "2024-12-31 Quá hạn, chưa có báo cáo: Lập bản đồ hiện trạng"), entries,
                "the first passed its deadline with a report saying it was under way, the second with no report at all");
        assertTrue(Files.exists(out.resolve("co-quan/so-tnmt/atom.xml")));
    }

    @Test
    void openDataAgreesWithThePages() throws IOException {
        JsonNode tasks = new ObjectMapper().readTree(out.resolve("data/tasks.json").toFile());
        assertEquals(4, tasks.size());
        for (JsonNode t : tasks) {
            for (String field : List.of("id", "record", "title", "lead", "support", "due", "status", "percent", "updated", "reported",
                    "counted", "parent", "subtasks", "due_expected", "recurrence", "period")) {
                assertTrue(t.has(field), field);
            }
            Document taskPage = Jsoup.parse(Files.readString(out.resolve(t.get("url").asText().substring("https://example.gov.vn/cong/".length()) + "index.html")));
            assertEquals(t.get("status_label").asText(), taskPage.selectFirst("header .status").text(), t.get("id").asText());
        }
        JsonNode docs = new ObjectMapper().readTree(out.resolve("data/documents.json").toFile());
        assertEquals(7, docs.size());
        for (String field : List.of("id", "type", "title", "number", "date", "issuer", "signer", "url")) {
            assertTrue(docs.get(0).has(field), field);
        }
        JsonNode progress = new ObjectMapper().readTree(out.resolve("data/progress.json").toFile());
        assertEquals(2, progress.size(), "the update after the as-of day is not published");
    }

    @Test
    void theCsvOpensWithVietnameseInASpreadsheet() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("data/tasks.csv"));
        assertEquals((byte) 0xEF, bytes[0], "a UTF-8 byte order mark tells spreadsheet programs the encoding");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(csv.startsWith("id,record,title,lead,leads,support,due,due_date,due_text,status,status_label,percent,updated,url,"
                + "reported,counted,parent,subtasks,due_expected,recurrence,recurrence_text,period,topics\r\n"), csv.substring(0, 200));
        assertTrue(csv.contains("\"Sở Tài nguyên và Môi trường\"") || csv.contains("Hoàn thành kiểm kê đất đai"));
        assertEquals(5, csv.split("\r\n").length);
    }
}
