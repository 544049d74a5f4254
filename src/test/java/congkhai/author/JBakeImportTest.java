package congkhai.author;

import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * import --from-jbake on a small JBake site made for the purpose: Markdown, HTML and AsciiDoc pages,
 * images beside a page and under assets/, links between pages, old addresses and files JBake skips.
 * {@link JBakeRealSitesTest} moves whole real JBake sites.
 */
class JBakeImportTest {

    static final Path JBAKE = Path.of("src/test/resources/jbake");
    private static final Path BLOG_SITE = JBAKE.resolve("blog-site");

    @TempDir
    Path tmp;

    /** A new portal with no record of its own, so every page of the built site came from JBake. */
    static Path emptyPortal(Path dir) throws IOException {
        assertEquals(0, TestSites.cli("init", dir.toString()).code());
        try (Stream<Path> records = Files.walk(dir.resolve("content"))) {
            for (Path p : records.filter(Files::isRegularFile).toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }

    static Document html(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void aJBakeSiteBecomesRecordsThatBuildWithItsImagesLinksAndOldAddresses() throws IOException {
        Path portal = emptyPortal(tmp.resolve("portal"));
        TestSites.Run run = TestSites.cli("import", "--from-jbake", BLOG_SITE.toString(), "--source", portal.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "jbake-core, Asciidoctor or JRuby printed something");
        assertTrue(run.out().contains("found 14 files in the JBake site: pages 5, old redirect pages 1, files published as they are 2,"
                + " assets 2, templates 0, files JBake skips 4\n"), run.out());
        assertTrue(run.out().contains("imported 5 of 5 pages as records (drafts: 1) and copied 3 files; not imported: 5 files"), run.out());
        for (String named : List.of("content/blog/.ghi-chu.md: hidden, so JBake skips it",
                "content/blog/2025/viet-do.md: empty, so JBake skips it",
                "content/nhap/y-tuong.md: in a folder JBake ignores (.jbakeignore)",
                "assets/css/phuong.css: no imported page uses it")) {
            assertTrue(run.out().contains(named), named + " is not named in\n" + run.out());
        }

        String markdown = Files.readString(portal.resolve("content/blog/2024/lich-tiep-cong-dan.md"));
        assertTrue(markdown.contains("type: news\ntitle: \"Lịch tiếp công dân tháng 5/2024\"\ndate: 2024-05-02\ntopics: [cai-cach-hanh-chinh]\n"), markdown);
        assertTrue(markdown.contains("# REVIEW: tags that are no topic of site-config.yml: tiep-dan"), markdown);
        assertTrue(markdown.contains("UBND phường Đông Kinh thông báo **lịch tiếp công dân**"), "Markdown congkhai shows as JBake did is kept: " + markdown);
        assertTrue(markdown.contains("([xem giới thiệu](../../../gioi-thieu/))"), "its link leads to the new page: " + markdown);
        assertTrue(markdown.contains("aliases:") && markdown.contains("  - \"/tin-tuc/2023/lich-tiep-dan/\"\n"),
                "the old redirect page's address leads to it: " + markdown);
        assertTrue(Files.readString(portal.resolve("content/blog/2025/ban-nhap.md")).contains("draft: true"));
        String page = Files.readString(portal.resolve("content/gioi-thieu.md"));
        assertTrue(page.contains("type: notice") && page.contains("  - \"/gioi-thieu.html\"\n"), page);
        String broken = Files.readString(portal.resolve("content/blog/2025/ra-quan-ve-sinh.md"));
        assertTrue(broken.contains("# REVIEW: links that led nowhere on the JBake site were removed, their text kept: /anh/2025/ra-quan.jpg"), broken);
        assertTrue(broken.contains("  - \"/blog/2025/Ra_Quan_Ve_Sinh/\"\n"), "a name that is no record id keeps its old address: " + broken);
        assertTrue(Files.isRegularFile(portal.resolve("content/blog/2024/anh/le-ky-ket.png")), "an image beside the page");
        assertTrue(Files.isRegularFile(portal.resolve("content/img/logo-phuong.png")), "an image of assets/, at the address JBake gave it");
        assertTrue(Files.isRegularFile(portal.resolve("content/tai-lieu/quy-che.pdf")), "a file JBake published as it is");

        Path out = tmp.resolve("out");
        TestSites.Run build = TestSites.build(portal, out);
        assertEquals(0, build.code(), build.err());
        TestSites.Run check = TestSites.cli("check", "--source", portal.toString(), "--as-of", "2025-06-30");
        assertEquals(0, check.code(), check.err());

        Document adoc = html(out.resolve("blog/2024/ho-tro-doanh-nghiep/index.html"));
        Element body = adoc.selectFirst(".doc-body");
        assertEquals("Hội nghị hỗ trợ doanh nghiệp năm 2024", adoc.selectFirst("h1").text());
        assertEquals("12/06/2024", adoc.selectFirst("time").text());
        assertEquals("hội nghị đối thoại", body.selectFirst("strong").text(), "AsciiDoc is rendered by jbake-core's Asciidoctor");
        assertEquals("Nội dung chính", body.selectFirst("h3").ownText());
        assertEquals(2, body.select("ol > li").size());
        assertEquals("# danh sách doanh nghiệp đăng ký\n\n* Công ty A", body.selectFirst("pre code").wholeText(),
                "a blank line in a code block stays, and its lines are not read as Markdown");
        Element image = body.selectFirst("img");
        assertEquals("Lễ ký kết hợp tác", image.attr("alt"));
        assertTrue(Files.isRegularFile(out.resolve("blog/2024/ho-tro-doanh-nghiep/").resolve(image.attr("src")).normalize()));
        assertEquals(List.of("../lich-tiep-cong-dan/#lich-cu-the", "../../2025/ra-quan-ve-sinh/", "../../../gioi-thieu/",
                "../../../tai-lieu/quy-che.pdf"), body.select("a[href]").not(".anchor").eachAttr("href"));
        assertNotNull(html(out.resolve("blog/2024/lich-tiep-cong-dan/index.html")).getElementById("lich-cu-the"));

        Document about = html(out.resolve("gioi-thieu/index.html"));
        assertTrue(Files.isRegularFile(out.resolve("gioi-thieu/").resolve(about.selectFirst(".doc-body img").attr("src")).normalize()));
        assertEquals(List.of("../blog/2024/lich-tiep-cong-dan/", "../blog/2024/ho-tro-doanh-nghiep/", "../tai-lieu/quy-che.pdf",
                "https://lang-son.gov.vn/"), about.select(".doc-body a[href]").eachAttr("href"),
                "relative links, links from the root and links with site.host all lead to the new pages");
        assertEquals("Hơn 300 người tham gia. Ảnh hoạt động đang được cập nhật.",
                html(out.resolve("blog/2025/ra-quan-ve-sinh/index.html")).select(".doc-body p").get(1).text());

        assertTrue(run.out().contains("added 2 old addresses of the JBake site's own pages to 'redirects' in"), run.out());
        assertTrue(Files.readString(portal.resolve("site-config.yml")).endsWith("redirects:\n"
                + "  - {from: \"/archive.html\", to: \"/van-ban/\"}\n"
                + "  - {from: \"/tags/cai-cach-hanh-chinh.html\", to: \"/linh-vuc/cai-cach-hanh-chinh/\"}\n"),
                "JBake's archive, and the page of a tag that is a topic, keep answering");
        assertOldAddressLeadsTo(out, "archive.html", "van-ban/");
        assertOldAddressLeadsTo(out, "tags/cai-cach-hanh-chinh.html", "linh-vuc/cai-cach-hanh-chinh/");
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("archive.html"), "a redirect page is no page of the sitemap");
        assertOldAddressLeadsTo(out, "gioi-thieu.html", "gioi-thieu/");
        assertOldAddressLeadsTo(out, "blog/2025/Ra_Quan_Ve_Sinh/index.html", "blog/2025/ra-quan-ve-sinh/");
        assertOldAddressLeadsTo(out, "tin-tuc/2023/lich-tiep-dan/index.html", "blog/2024/lich-tiep-cong-dan/");
        assertNotNull(html(out.resolve("blog/2024/ho-tro-doanh-nghiep/index.html")).selectFirst(".doc-body"),
                "an old address that is the new one is the page itself");
        assertFalse(Files.exists(out.resolve("blog/2025/ban-nhap")), "a JBake draft was published");

        TestSites.Run again = TestSites.cli("import", "--from-jbake", BLOG_SITE.toString(), "--source", portal.toString());
        assertEquals(1, again.code(), "a second import must not overwrite the records");
    }

    /** The page at an old address sends readers, at once and by a link, to the new page, and search engines too. */
    static void assertOldAddressLeadsTo(Path out, String oldFile, String newPath) throws IOException {
        Document redirect = html(out.resolve(oldFile));
        assertEquals("0; url=/" + newPath, redirect.selectFirst("meta[http-equiv=refresh]").attr("content"), oldFile);
        assertEquals("https://congkhai.example.gov.vn/" + newPath, redirect.selectFirst("link[rel=canonical]").attr("href"), oldFile);
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"), oldFile);
        assertEquals("/" + newPath, redirect.selectFirst("main a").attr("href"), oldFile);
        assertTrue(Files.isRegularFile(out.resolve(newPath).resolve("index.html")), oldFile + " leads nowhere");
    }

    @Test
    void aFileThePortalCannotPublishIsALocatedErrorAndWhatAsciidoctorWarnsOfIsNamed() throws IOException {
        Path site = JBAKE.resolve("refused-file");
        Path portal = emptyPortal(tmp.resolve("portal"));
        TestSites.Run run = TestSites.cli("import", "--from-jbake", site.toString(), "--source", portal.toString());
        assertEquals(1, run.code(), run.out());
        assertEquals(site.resolve("assets/img/so-do.svg") + ":1:1: error: a .svg file is not published: opened from the portal,"
                + " a script inside it would run as the portal; convert it (an image to PNG, a page to PDF) or put it in a .zip;"
                + " content/so-do.html links to it\n"
                + site.resolve("content/latin1.md") + ":1:1: error: this file is not valid UTF-8; save it as UTF-8 and import again\n", run.err());
        assertTrue(Files.isRegularFile(portal.resolve("content/so-do.md")));
        assertTrue(run.out().contains("not imported: " + site.resolve("assets/img/so-do.svg") + ": JBake published it as it is, but a .svg file is not published"), run.out());
        assertTrue(run.out().contains("Asciidoctor warned: " + site.resolve("content/quy-che.adoc") + ": line 6: include file not found"), run.out());
        assertTrue(Files.readString(portal.resolve("content/quy-che.md")).contains("# REVIEW: Asciidoctor warned: line 6: include file not found"));
    }

    @Test
    void aFolderThatIsNoJBakeSiteIsAnErrorAndFileAndJBakeAreExclusive() throws IOException {
        Path portal = emptyPortal(tmp.resolve("portal"));
        TestSites.Run run = TestSites.cli("import", "--from-jbake", tmp.toString(), "--source", portal.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is not a JBake site"), run.err());
        assertEquals(2, TestSites.cli("import", "--source", portal.toString()).code());
    }
}
