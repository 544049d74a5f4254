package congkhai.site;

import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds sites/labels, whose theme renames a few things in its templates/labels.properties, and
 * reads the pages: the renamed words appear wherever the code or a template puts them, and every
 * label the site left alone is still the built-in theme's.
 */
class ThemeLabelsTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.fixture("labels"), out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "a good build prints no warnings");
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://example.gov.vn/" + path);
    }

    @Test
    void pageTitlesTheCodeMakesTakeTheSitesWords() throws IOException {
        assertEquals("Giám sát nhiệm vụ | Cổng thử nghiệm", page("nhiem-vu/").title());
        assertEquals("Tra cứu | Cổng thử nghiệm", page("tim-kiem/").title());
        assertEquals("Đơn vị chủ trì: Sở Xây dựng", page("nhiem-vu/chu-tri/so-xd/").selectFirst("h1").text());
        // a label the site did not change is the built-in one
        assertEquals("Không tìm thấy trang | Cổng thử nghiệm", page("404.html").title());
        assertEquals("Dữ liệu mở | Cổng thử nghiệm", page("du-lieu/").title());
    }

    @Test
    void aDocumentTypeIsCalledByTheSitesNameOnItsListAndItsDocuments() throws IOException {
        assertEquals("Chương trình công tác", page("loai/ke-hoach/").selectFirst("h1").text());
        Document plan = page("plans/2024-01-10-kh-5/");
        assertEquals("Chương trình 5/KH-UBND: Cải cách hành chính năm 2024 | Cổng thử nghiệm", plan.title());
        assertEquals("Chương trình", plan.selectFirst(".doc-kicker .doc-type").text());
        assertEquals(List.of("Chương trình công tác"), plan.select("nav.breadcrumbs a[href$=/loai/ke-hoach/]").eachText());
    }

    @Test
    void aStatusIsCalledByTheSitesNameInTablesListsAndFeeds() throws IOException {
        Document plan = page("plans/2024-01-10-kh-5/");
        assertEquals("Trễ hạn, chưa báo cáo", plan.selectFirst(".status-overdue_no_report").text());
        assertEquals("Trễ hạn, chưa báo cáo | Cổng thử nghiệm", page("nhiem-vu/tinh-trang/qua-han-chua-co-bao-cao/").title());
        String feed = Files.readString(out.resolve("nhiem-vu/atom.xml"));
        assertTrue(feed.contains("<title>Trễ hạn, chưa báo cáo: Rà soát thủ tục hành chính</title>"), feed);
    }

    @Test
    void theChartsLegendIsTheSitesAndEscaped() throws IOException {
        Document agency = page("co-quan/so-xd/");
        assertEquals("Đã xong & đúng hẹn", agency.selectFirst("svg.status-chart text.legend").text());
        assertTrue(Files.readString(out.resolve("co-quan/so-xd/index.html")).contains("Đã xong &amp; đúng hẹn"));
    }

    @Test
    void aThemesOwnTemplatesReadItsOwnLabelsWithBlanksFilled() throws IOException {
        Document notFound = page("404.html");
        assertEquals("Minh bạch để người dân giám sát", notFound.selectFirst(".motto").text());
        assertEquals("Đơn vị chủ trì: Sở Xây dựng", notFound.selectFirst(".named").text());
    }
}
