package congkhai.site;

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
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds sites/basic and checks the pages a reader gets, through the HTML itself. */
class FixtureSiteTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.fixture("basic"), out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "a good build prints no warnings");
        assertTrue(run.out().matches("built 7 records, \\d+ pages in \\d+\\.\\d\\d s -> .* \\(statuses as of 2025-06-30\\)\\R"), run.out());
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://example.gov.vn/cong/" + path);
    }

    /** The cell of a task table's row under the column its head names: a row's cells carry no words of their own. */
    static Element cell(Element row, String column) {
        List<String> heads = row.closest("table").select("thead th").eachText();
        assertTrue(heads.contains(column), column + " is not a column of " + heads);
        return row.child(heads.indexOf(column));
    }

    static String meta(Document doc, String label) {
        for (Element div : doc.select(".doc-meta dl > div")) {
            if (div.selectFirst("dt").text().equals(label)) {
                return div.selectFirst("dd").text();
            }
        }
        return null;
    }

    @Test
    void aRecordPageShowsItsMetadataBlock() throws IOException {
        Document doc = page("plans/2023-05-27-kh-122/");
        assertEquals("Kế hoạch thực hiện Nghị quyết số 148/NQ-CP", doc.selectFirst("h1").text());
        assertEquals("122/KH-UBND", meta(doc, "Số ký hiệu"));
        assertEquals("27/05/2023", meta(doc, "Ngày ban hành"));
        assertEquals("UBND tỉnh Lạng Sơn", meta(doc, "Cơ quan ban hành"));
        assertEquals("Lương Trọng Quỳnh (KT. Chủ tịch, Phó Chủ tịch)", meta(doc, "Người ký"));
        assertEquals("Quy hoạch đô thị", meta(doc, "Lĩnh vực"));
        assertEquals("https://example.gov.vn/cong/plans/2023-05-27-kh-122/", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("vi", doc.selectFirst("html").attr("lang"));
    }

    @Test
    void partialDatesAndMissingNumbersReadAsTheDocumentHasThem() throws IOException {
        Document doc = page("reports/2025-07-bao-cao/");
        assertEquals("tháng 3/2025", meta(doc, "Ngày ban hành"));
        assertEquals("Chưa có số", meta(doc, "Số ký hiệu"));
        assertEquals("Nguyễn Văn Hạnh", meta(doc, "Người ký"));
    }

    @Test
    void refsResolveByIdAndByNumberHoweverWrittenAndBacklinksAppear() throws IOException {
        Document report = page("reports/2025-07-bao-cao/");
        List<String> refs = report.select(".doc-links ul").first().select("a").eachAttr("href");
        assertEquals(List.of("/cong/plans/2023-05-27-kh-122/", "/cong/conclusions/2025-03-18-ket-luan/", "/cong/so-hieu/khac/chua-ro-nam/#so-kh-ubnd-7"), refs,
                "a number the portal knows of one document only is that document's entry in its register");

        Document plan = page("plans/2023-05-27-kh-122/");
        List<String> citedBy = plan.select("h3:contains(Được dẫn chiếu bởi) + ul a").eachAttr("href");
        assertEquals(List.of("/cong/conclusions/2025-03-18-ket-luan/", "/cong/reports/2025-07-bao-cao/"), citedBy,
                "newest first: 18/03/2025 before a report dated only tháng 3/2025");
    }

    @Test
    void aCitedNumberOfOneDocumentIsItsEntryInTheRegisterWithWhatCitesIt() throws IOException {
        assertFalse(Files.exists(out.resolve("so-hieu/40-nq-tu/index.html")), "a page of one document would only repeat the entry");
        Element entry = page("so-hieu/khac/chua-ro-nam/").getElementById("so-40-nq-tu");
        assertNotNull(entry);
        assertEquals("40-NQ/TU", entry.selectFirst(".doc-number").text());
        assertEquals("Chưa có trên cổng", entry.selectFirst(".doc-title").text());
        assertEquals(List.of("/cong/news/2022-04-08-tin/"), entry.select(".ref-note a").eachAttr("href"),
                "the draft also cites it but is not published");
        assertEquals(List.of("/cong/so-hieu/khac/chua-ro-nam/#so-40-nq-tu"),
                page("news/2022-04-08-tin/").select(".ref-list a[href*=so-hieu]").eachAttr("href"), "the citing record's ref leads to the entry");
    }

    @Test
    void draftsAreNotPublished() {
        assertFalse(Files.exists(out.resolve("notices/du-thao/index.html")));
    }

    @Test
    void tasksShowLeadSupportDeadlineAsWrittenAndStatus() throws IOException {
        Document plan = page("plans/2023-05-27-kh-122/");
        Element t1 = plan.getElementById("t1");
        assertNotNull(t1);
        assertEquals("Rà soát quy hoạch chung đô thị", t1.selectFirst(".task-title").text());
        assertEquals("Sở Xây dựng", cell(t1, "Chủ trì").text());
        // the table is compact: support and the deadline as written are on the task's own page
        Document own = page("plans/2023-05-27-kh-122/t1/");
        assertEquals("Sở Tài nguyên và Môi trường, UBND thành phố Lạng Sơn", own.selectFirst(".doc-meta div:has(dt:contains(Cơ quan phối hợp)) dd").text());
        assertEquals("quý II/2025 (văn bản ghi: “Quý II/2025”)", own.selectFirst(".doc-meta div:has(dt:contains(Thời hạn)) dd").text());
        assertEquals("Chưa có báo cáo", t1.selectFirst(".status").text(), "due on the as-of day is not overdue, and nothing is reported");
        assertTrue(t1.text().contains("Chưa có báo cáo"));

        Element t2 = plan.getElementById("t2");
        assertEquals("Quá hạn, chưa có báo cáo", t2.selectFirst(".status").text());
        assertEquals("Sở Tài nguyên và Môi trường, Sở Xây dựng", cell(t2, "Chủ trì").text());
        assertEquals("Thường xuyên", plan.getElementById("t3").selectFirst(".status").text());
    }

    @Test
    void progressIsTakenInDateOrderAndUpdatesAfterTheAsOfDayAreIgnored() throws IOException {
        Element t1 = page("conclusions/2025-03-18-ket-luan/").getElementById("t1");
        assertEquals("Hoàn thành trễ hạn", t1.selectFirst(".status").text(), "done on 05/06 after a 31/05 deadline");
        List<String> timeline = page("conclusions/2025-03-18-ket-luan/t1/").select(".timeline .timeline-head").eachText();
        assertEquals("05/06/2025 · Đã hoàn thành · 100%", timeline.get(0), "the latest report first: " + timeline);

        Path later = out.resolveSibling(out.getFileName() + "-later");
        TestSites.Run run = TestSites.build(TestSites.fixture("basic"), later, "--as-of=2025-07-15");
        assertEquals(0, run.code(), run.err());
        Element after = Jsoup.parse(Files.readString(later.resolve("conclusions/2025-03-18-ket-luan/index.html"))).getElementById("t1");
        assertEquals("Đã hủy bỏ", after.selectFirst(".status").text());
    }

    @Test
    void contentHtmlIsCleanedButTablesAndFootnotesRemain() throws IOException {
        Document plan = page("plans/2023-05-27-kh-122/");
        Element body = plan.selectFirst(".doc-body");
        assertTrue(body.select("script").isEmpty());
        assertTrue(body.select("[onclick]").isEmpty());
        assertTrue(body.select("a[href^=javascript]").isEmpty());
        assertEquals(1, body.select(".table-wrap > table").size());
        assertEquals("#fn-1", body.selectFirst("sup a").attr("href"));
        assertNotNull(body.getElementById("fn-1"));
        Element heading = body.selectFirst("h3");
        assertEquals("I. Mục đích", heading.ownText(), "## in Markdown nests under the page's h2 'Toàn văn'");
        assertEquals("i-muc-dich", heading.id());
        assertEquals("#i-muc-dich", heading.selectFirst("a.anchor").attr("href"), "a reader can copy a link to the section");
    }

    @Test
    void attachmentsAreCopiedAndLinked() throws IOException {
        Document plan = page("plans/2023-05-27-kh-122/");
        assertEquals("/cong/plans/kh-122-goc.pdf", plan.selectFirst("section:has(#dinh-kem) a").attr("href"));
        assertArrayEquals(Files.readAllBytes(TestSites.fixture("basic/content/plans/kh-122-goc.pdf")),
                Files.readAllBytes(out.resolve("plans/kh-122-goc.pdf")));
    }

    @Test
    void listsArePaginatedAndLinkedBothWays() throws IOException {
        Document first = page("van-ban/");
        assertEquals(5, first.select(".doc-list > li").size());
        assertEquals("/cong/van-ban/trang/2/", first.selectFirst("a[rel=next]").attr("href"));
        Document second = page("van-ban/trang/2/");
        assertEquals(2, second.select(".doc-list > li").size());
        assertEquals("/cong/van-ban/", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("2", second.selectFirst(".pager a[aria-current]").text());
    }

    @Test
    void listsPerTypeAgencyTopicAndYearExist() throws IOException {
        assertEquals(3, page("loai/thong-bao/").select(".doc-list > li").size());
        assertEquals(4, page("co-quan/ubnd-tinh/").select("section:has(#vb-ban-hanh) .doc-list > li").size());
        assertEquals(1, page("linh-vuc/dat-dai/").select(".doc-list > li").size());
        assertEquals(3, page("nam/2024/").select(".doc-list > li").size());
        assertEquals(List.of("Năm 2025", "Năm 2024", "Năm 2023", "Năm 2022"), page("nam/").select(".index-list a").eachText());
    }

    @Test
    void homePageCountsOverdueAndDueSoonTasks() throws IOException {
        Document home = page("");
        assertEquals(List.of("1", "0"), home.select(".stat-overdue .stat-number").eachText(),
                "one task past its deadline with no report, none reported not done");
        assertEquals("1", home.selectFirst(".stat-soon .stat-number").text());
        assertEquals(7, home.select("section:has(#moi-nhat) .doc-list > li").size());
    }

    /** An alias keeps an old address answering: a page that sends the reader on, and nothing else of the site knows it. */
    @Test
    void anAliasWritesARedirectPageAtTheOldAddressAndNowhereElse() throws IOException {
        for (String old : List.of("tin-tuc/2022/04/hop-ban-chi-dao.html", "tin-cu/hop-ban-chi-dao/")) {
            Document redirect = page(old);
            assertEquals("0; url=/cong/news/2022-04-08-tin/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals("https://example.gov.vn/cong/news/2022-04-08-tin/", redirect.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
            Element link = redirect.selectFirst("main a");
            assertEquals("/cong/news/2022-04-08-tin/", link.attr("href"));
            assertEquals("Tin: họp Ban Chỉ đạo", link.text());
            assertTrue(redirect.selectFirst("main").text().startsWith("Trang đã chuyển địa chỉ"), redirect.text());
        }
        assertFalse(Files.exists(out.resolve("tin-tuc/2022/04/hop-ban-chi-dao.html/index.html")));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(f).toString();
                if (name.startsWith("search/lucene/") || name.contains("hop-ban-chi-dao")) {
                    continue;
                }
                String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(text.contains("hop-ban-chi-dao"), name + " names an alias: the sitemap, feeds, search and open data leave them out");
            }
        }
    }

    /** A byte order mark and CRLF line ends are what Windows editors save; they are accepted, not errors. */
    @Test
    void aSiteSavedOnWindowsWithByteOrderMarksAndCrlfBuildsTheSameSite(@TempDir Path scratch) throws IOException {
        Path site = scratch.resolve("windows-src");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        int converted = 0;
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml")).toList()) {
                Files.writeString(p, "\uFEFF" + Files.readString(p).replace("\n", "\r\n"));
                converted++;
            }
        }
        assertTrue(converted > 10, "converted " + converted);
        Path windowsOut = scratch.resolve("windows-out");
        TestSites.Run run = TestSites.build(site, windowsOut);
        assertEquals(0, run.code(), run.err());
        // the same files saved with LF and no mark, also outside git (pages show git history when there is one)
        Path unix = scratch.resolve("unix-src");
        TestSites.copyTree(TestSites.fixture("basic"), unix);
        Path unixOut = scratch.resolve("unix-out");
        assertEquals(0, TestSites.build(unix, unixOut).code());
        TestSites.assertSameBuild(TestSites.snapshot(unixOut), TestSites.snapshot(windowsOut));
    }
}
