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
        assertEquals("Hoàn thành quá hạn", task.selectFirst("header .status").text());
        List<String> heads = task.select(".timeline .timeline-head").eachText();
        assertEquals(List.of("05/06/2025 · Đã hoàn thành · 100%", "30/04/2025 · Đang thực hiện · 60%"), heads,
                "the update of 10/07/2025 is after the as-of day and not shown");
        assertEquals("/cong/reports/2025-07-bao-cao/", task.select(".timeline .evidence a").attr("href"));
        assertEquals("/cong/conclusions/2025-03-18-ket-luan/#t1", task.selectFirst(".doc-kicker a").attr("href"));
    }

    @Test
    void aTaskWithoutReportsSaysSo() throws IOException {
        Document task = page("plans/2023-05-27-kh-122/t2/");
        assertEquals("Quá hạn", task.selectFirst("header .status").text());
        assertTrue(task.selectFirst("#tien-do ~ .empty, section:has(#tien-do) .empty").text().startsWith("Chưa có báo cáo tiến độ"));
    }

    @Test
    void theChainCanBeWalkedBothWays() throws IOException {
        // plan -> cited by the conclusion -> its task -> progress evidence: the report -> which cites the plan
        Document plan = page("plans/2023-05-27-kh-122/");
        assertTrue(plan.select("h3:contains(Được dẫn chiếu bởi) + ul a").eachAttr("href").contains("/cong/conclusions/2025-03-18-ket-luan/"));
        Document conclusion = page("conclusions/2025-03-18-ket-luan/");
        assertEquals("/cong/conclusions/2025-03-18-ket-luan/t1/", conclusion.getElementById("t1").selectFirst(".task-title a").attr("href"));
        Document report = page("reports/2025-07-bao-cao/");
        Element reports = report.selectFirst("section:has(#bao-cao-tien-do)");
        assertNotNull(reports, "the report shows which task updates cite it");
        assertEquals(List.of("/cong/conclusions/2025-03-18-ket-luan/t1/"), reports.select("a").eachAttr("href"),
                "the update of 30/04/2025 names the report as its evidence");
        assertTrue(report.select("h3:contains(Căn cứ) + ul a").eachAttr("href").contains("/cong/plans/2023-05-27-kh-122/"),
                "and the report leads back to the plan");
    }

    @Test
    void documentNumbersInBodyTextAreLinkedWhenThePortalHasAPageForThem() throws IOException {
        Element body = page("reports/2025-07-bao-cao/").selectFirst(".doc-body");
        List<String> linked = new ArrayList<>();
        for (Element a : body.select("a.doc-number-link")) {
            linked.add(a.text() + " -> " + a.attr("href"));
        }
        assertEquals(List.of("122/KH-UBND -> /cong/plans/2023-05-27-kh-122/", "40-NQ/TU -> /cong/so-hieu/40-nq-tu/"), linked);
        assertTrue(body.text().contains("99/XYZ-ABC"), "an unknown number stays plain text");
        assertTrue(body.select("code a").isEmpty(), "code is never rewritten");
        Element planBody = page("plans/2023-05-27-kh-122/").selectFirst(".doc-body");
        assertTrue(planBody.select("a.doc-number-link").isEmpty(), "a document never links its own number");
    }

    @Test
    void theTrackerHasAViewForEveryStatusAgencyTopicMonthAndDocument() throws IOException {
        assertEquals(List.of("Lập bản đồ hiện trạng"), page("nhiem-vu/tinh-trang/qua-han/").select(".task-title").eachText());
        assertEquals(List.of("Hoàn thành kiểm kê đất đai"), page("nhiem-vu/tinh-trang/hoan-thanh-qua-han/").select(".task-title").eachText());
        assertEquals(List.of("Lập bản đồ hiện trạng", "Hoàn thành kiểm kê đất đai"), page("nhiem-vu/chu-tri/so-tnmt/").select(".task-title").eachText());
        assertEquals(List.of("Rà soát quy hoạch chung đô thị"), page("nhiem-vu/phoi-hop/ubnd-tp/").select(".task-title").eachText());
        assertEquals(List.of("Hoàn thành kiểm kê đất đai"), page("nhiem-vu/linh-vuc/dat-dai/").select(".task-title").eachText());
        assertEquals(List.of("Rà soát quy hoạch chung đô thị"), page("nhiem-vu/han/2025-06/").select(".task-title").eachText(),
                "a quarter is due on its last day");
        assertEquals(List.of("Tuyên truyền thường xuyên"), page("nhiem-vu/han/khong-thoi-han/").select(".task-title").eachText());
        assertEquals(2, page("nhiem-vu/van-ban/").select(".doc-item").size());
        Document hub = page("nhiem-vu/");
        assertTrue(hub.select("a").eachAttr("href").containsAll(List.of("/cong/nhiem-vu/tinh-trang/qua-han/",
                "/cong/nhiem-vu/chu-tri/so-xd/", "/cong/nhiem-vu/phoi-hop/so-tnmt/", "/cong/nhiem-vu/han/2024-12/")));
    }

    @Test
    void anAgencyPageScoresTheTasksItLeads() throws IOException {
        Document agency = page("co-quan/so-tnmt/");
        List<String> numbers = agency.select(".scorecard .stat-number").eachText();
        assertEquals(List.of("2", "0", "1", "1"), numbers, "led, on time, late, overdue");
        assertTrue(agency.selectFirst(".scorecard").text().contains("hoàn thành trễ hạn (50%)"));
        Element svg = agency.selectFirst("svg.status-chart");
        assertNotNull(svg);
        assertTrue(agency.select("script").isEmpty(), "the chart needs no script");
        assertFalse(svg.select("rect.overdue").isEmpty());
        assertEquals(List.of("Lập bản đồ hiện trạng"), agency.select("section:has(#nv-qua-han) .task-title").eachText());
    }

    @Test
    void theRankingStatesItsMethodAndOrdersByOnTimeRate() throws IOException {
        Document ranking = page("xep-hang/");
        assertTrue(ranking.selectFirst(".method").text().contains("Tỷ lệ đúng hạn = số nhiệm vụ hoàn thành đúng hạn / số nhiệm vụ đã có kết quả"));
        List<String> rows = ranking.select("table.ranking tbody th").eachText();
        assertEquals(List.of("Sở Tài nguyên và Môi trường", "Sở Xây dựng"), rows,
                "both 0% on time; Sở TN&MT has the lower overdue rate (50% against 100%)");
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
                "2025-06-05 Hoàn thành quá hạn: Hoàn thành kiểm kê đất đai",
                "2025-05-31 Quá hạn: Hoàn thành kiểm kê đất đai",
                "2024-12-31 Quá hạn: Lập bản đồ hiện trạng"), entries);
        assertTrue(Files.exists(out.resolve("co-quan/so-tnmt/atom.xml")));
    }

    @Test
    void openDataAgreesWithThePages() throws IOException {
        JsonNode tasks = new ObjectMapper().readTree(out.resolve("data/tasks.json").toFile());
        assertEquals(4, tasks.size());
        for (JsonNode t : tasks) {
            for (String field : List.of("id", "record", "title", "lead", "support", "due", "status", "percent", "updated")) {
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
        assertTrue(csv.startsWith("id,record,title,lead,leads,support,due,due_date,due_text,status,status_label,percent,updated,url\r\n"));
        assertTrue(csv.contains("\"Sở Tài nguyên và Môi trường\"") || csv.contains("Hoàn thành kiểm kê đất đai"));
        assertEquals(5, csv.split("\r\n").length);
    }
}
