package congkhai.author;

import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** import --from-jbake on a small JBake site: its posts and pages become records that build. */
class JBakeImportTest {

    private static final Path JBAKE_SITE = Path.of("src/test/resources/jbake/blog-site");

    @TempDir
    Path tmp;

    @Test
    void aJBakeSiteBecomesRecordsThatBuild() throws IOException {
        Path portal = tmp.resolve("portal");
        assertEquals(0, TestSites.cli("init", portal.toString()).code());
        TestSites.Run run = TestSites.cli("import", "--from-jbake", JBAKE_SITE.toString(), "--source", portal.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "jbake-core or its logging printed something");
        assertTrue(run.out().contains("imported 4 of 4 JBake files"), run.out());

        String post = Files.readString(portal.resolve("content/blog/2024/lich-tiep-cong-dan.md"));
        assertTrue(post.contains("type: news\ntitle: \"Lịch tiếp công dân tháng 5/2024\"\ndate: 2024-05-02\ntopics: [cai-cach-hanh-chinh]\n"), post);
        assertTrue(post.contains("# REVIEW: tags that are no topic of site-config.yml: tiep-dan"), post);
        assertTrue(post.contains("UBND phường Đông Kinh thông báo **lịch tiếp công dân**"), "the Markdown is kept as written: " + post);
        assertTrue(Files.readString(portal.resolve("content/blog/2025/ban-nhap.md")).contains("draft: true"));
        assertTrue(Files.readString(portal.resolve("content/gioi-thieu.md")).contains("type: notice"));

        Path out = tmp.resolve("out");
        TestSites.Run build = TestSites.cli("build", "--source", portal.toString(), "--output", out.toString());
        assertEquals(0, build.code(), build.err());
        Document page = Jsoup.parse(out.resolve("blog/2024/lich-tiep-cong-dan/index.html").toFile(), "UTF-8");
        assertEquals("Lịch tiếp công dân tháng 5/2024", page.selectFirst("h1").text());
        assertEquals(2, page.select(".doc-body li").size());
        assertEquals("02/05/2024", page.selectFirst("time").text());
        Document html = Jsoup.parse(out.resolve("blog/2025/ra-quan-ve-sinh/index.html").toFile(), "UTF-8");
        assertEquals("ra quân tổng vệ sinh môi trường", html.selectFirst(".doc-body em").text());
        assertFalse(Files.exists(out.resolve("blog/2025/ban-nhap")), "a JBake draft was published");

        TestSites.Run again = TestSites.cli("import", "--from-jbake", JBAKE_SITE.toString(), "--source", portal.toString());
        assertEquals(1, again.code(), "a second import must not overwrite the records");
    }

    @Test
    void aFolderThatIsNoJBakeSiteIsAnErrorAndFileAndJBakeAreExclusive() {
        Path portal = tmp.resolve("portal");
        assertEquals(0, TestSites.cli("init", portal.toString()).code());
        TestSites.Run run = TestSites.cli("import", "--from-jbake", tmp.toString(), "--source", portal.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is not a JBake site"), run.err());
        assertEquals(2, TestSites.cli("import", "--source", portal.toString()).code());
    }
}
