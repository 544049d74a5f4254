package congkhai.build;

import congkhai.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's incremental rebuild gives the same site as a whole build, touching only what changed. */
class PreviewSessionTest {

    @TempDir
    Path tmp;
    Path site;
    Path preview;
    PreviewSession session;

    @BeforeEach
    void start() {
        site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        preview = tmp.resolve("preview");
        session = new PreviewSession(new BuildOptions(site, preview, Optional.of(LocalDate.parse("2025-06-30")),
                Optional.of(URI.create("http://localhost:8080/"))), Clock.systemUTC());
        PreviewSession.Outcome first = session.start();
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(first.pages(), first.rendered());
    }

    /** The preview must equal what a whole build of the same sources writes. */
    private void assertSameAsAWholeBuild() {
        Path whole = tmp.resolve("whole-" + System.nanoTime());
        TestSites.Run run = TestSites.build(site, whole, "--base-url=http://localhost:8080/");
        assertEquals(0, run.code(), run.err());
        Map<String, byte[]> expected = TestSites.snapshot(whole);
        Map<String, byte[]> actual = TestSites.snapshot(preview);
        TestSites.assertSameBuild(expected, actual);
    }

    @Test
    void editingABodyRendersAndWritesOnlyThatRecordsPage() throws IOException {
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        Files.writeString(record, Files.readString(record).replace("Tin tức.", "Tin tức đã sửa."));
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(List.of("news/2022-04-08-tin/index.html"), o.changed());
        assertTrue(o.rendered() < o.pages() / 4, o.rendered() + " of " + o.pages() + " pages rendered");
        assertSameAsAWholeBuild();
    }

    @Test
    void editingATitleUpdatesTheListsFeedsAndCitingPagesToo() throws IOException {
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        Files.writeString(record, Files.readString(record).replace("Tin: họp Ban Chỉ đạo", "Tin: họp Ban Chỉ đạo lần hai"));
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(o.changed().containsAll(List.of("news/2022-04-08-tin/index.html", "van-ban/trang/2/index.html", "atom.xml",
                "conclusions/2025-03-18-ket-luan/index.html",
                "loai/tin-tuc/index.html", "index.html")), o.changed().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndAFixRecovers() throws IOException {
        Map<String, byte[]> good = TestSites.snapshot(preview);
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        String text = Files.readString(record);
        Files.writeString(record, text.replace("type: news", "type: newz"));
        PreviewSession.Outcome broken = session.update(List.of(record));
        assertFalse(broken.ok());
        assertEquals("content/news/2022-04-08-tin.md:2:7: error: unknown document type 'newz' (did you mean 'news'?);"
                + " use one of resolution, decision, conclusion, plan, report, notice, news", broken.problems().get(0).toString());
        Map<String, byte[]> after = TestSites.snapshot(preview);
        assertEquals(good.keySet(), after.keySet());

        Files.writeString(record, text.replace("Tin tức.", "Đã sửa lỗi."));
        PreviewSession.Outcome fixed = session.update(List.of(record));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void addingRemovingRecordsAttachmentsAndTemplatesMatchesAWholeBuild() throws IOException {
        Path added = site.resolve("content/news/2022-05-01-tin-moi.md");
        Files.writeString(added, "---\ntype: news\ntitle: \"Tin mới\"\ndate: 2022-05-01\n---\nNội dung.\n");
        assertTrue(session.update(List.of(added)).ok());
        assertTrue(Files.isRegularFile(preview.resolve("news/2022-05-01-tin-moi/index.html")));
        assertSameAsAWholeBuild();

        Path folder = site.resolve("content/notices");
        TestSites.deleteTree(folder);
        PreviewSession.Outcome removed = session.update(List.of(folder));
        assertTrue(removed.ok(), removed.problems().toString());
        assertFalse(Files.exists(preview.resolve("notices/tb-1/index.html")));
        assertSameAsAWholeBuild();

        Path pdf = site.resolve("content/plans/kh-122-goc.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '2'});
        assertTrue(session.update(List.of(pdf)).ok());
        assertSameAsAWholeBuild();

        Path css = site.resolve("templates/assets/extra.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { color: black; }\n");
        PreviewSession.Outcome theme = session.update(List.of(css));
        assertTrue(theme.ok(), theme.problems().toString());
        assertTrue(theme.changed().contains("assets/extra.css"), theme.changed().toString());
        assertSameAsAWholeBuild();
    }
}
