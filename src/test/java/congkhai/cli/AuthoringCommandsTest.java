package congkhai.cli;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check, new and init: the commands a webmaster runs around editing. */
class AuthoringCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void checkPassesOnTheSampleAndFixtureSitesAndWritesNothing() {
        TestSites.Run sample = TestSites.cli("check", "--source", TestSites.SAMPLE_PORTAL.toString());
        assertEquals(0, sample.code(), sample.err());
        assertTrue(sample.out().startsWith("checked "), sample.out());
        Path site = tmp.resolve("basic");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        TestSites.Run basic = TestSites.cli("check", "--source", site.toString(), "--as-of", "2025-06-30");
        assertEquals(0, basic.code(), basic.err());
        assertFalse(Files.exists(site.resolve("public")), "check wrote an output folder");
    }

    @Test
    void checkReportsBrokenLinksAndAnchorsInABodyAtTheirLine() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        String text = Files.readString(record);
        Files.writeString(record, text + "\nXem [kế hoạch](../../plans/khong-co/) và [mục](#khong-co-muc).\n");
        int lines = (int) (text + "\n").lines().count() + 1;

        TestSites.Run check = TestSites.cli("check", "--source", site.toString(), "--as-of", "2025-06-30");
        assertEquals(1, check.code(), check.out());
        assertEquals(java.util.List.of(
                "content/news/2022-04-08-tin.md:" + lines + ":16: error: link '../../plans/khong-co/' leads to /plans/khong-co/index.html, which the site does not have",
                "content/news/2022-04-08-tin.md:" + lines + ":48: error: link '#khong-co-muc' leads to anchor #khong-co-muc, which /news/2022-04-08-tin/index.html does not have"),
                check.err().lines().filter(l -> l.contains(": error: ")).toList());
        assertTrue(check.err().contains("2 errors"), check.err());
        // build does not check links, so the same site still builds
        assertEquals(0, TestSites.build(site, tmp.resolve("out")).code());
    }

    @Test
    void newWritesADraftThatBuildsAndNeverOverwrites() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        TestSites.Run made = TestSites.cli("new", "plan", "Kế hoạch kiểm kê đất đai năm 2025", "--source", site.toString(), "--date", "2025-04-02");
        assertEquals(0, made.code(), made.err());
        Path file = site.resolve("content/plans/2025-04-02-ke-hoach-kiem-ke-dat-dai-nam-2025.md");
        assertTrue(Files.isRegularFile(file), made.out());
        String text = Files.readString(file);
        assertTrue(text.contains("type: plan\ntitle: \"Kế hoạch kiểm kê đất đai năm 2025\"\ndate: 2025-04-02"), text);
        assertTrue(text.contains("draft: true"), text);
        TestSites.Run build = TestSites.build(site, tmp.resolve("out"));
        assertEquals(0, build.code(), build.err());
        assertFalse(Files.exists(tmp.resolve("out/plans/2025-04-02-ke-hoach-kiem-ke-dat-dai-nam-2025")), "a draft was published");

        Files.writeString(file, "edited by hand");
        TestSites.Run again = TestSites.cli("new", "plan", "Kế hoạch kiểm kê đất đai năm 2025", "--source", site.toString(), "--date", "2025-04-02");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals("edited by hand", Files.readString(file));

        assertEquals(2, TestSites.cli("new", "plann", "x", "--source", site.toString()).code());
    }

    @Test
    void vietnameseTypeNamesWorkWhereverATypeIsTyped() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        java.util.List<String> names = java.util.List.of("thong-bao", "thongbao", "Thông báo", "ke-hoach", "nghi-quyet", "quyet-dinh", "ket-luan", "bao-cao", "tin-tuc");
        for (String typed : names) {
            TestSites.Run made = TestSites.cli("new", typed, "Văn bản " + names.indexOf(typed), "--source", site.toString(), "--date", "2025-04-02");
            assertEquals(0, made.code(), typed + ": " + made.err());
        }
        assertTrue(Files.isRegularFile(site.resolve("content/notices/2025-04-02-van-ban-2.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/conclusions/2025-04-02-van-ban-6.md")));
        Path record = site.resolve("content/notices/2025-04-02-van-ban-0.md");
        Files.writeString(record, Files.readString(record).replace("type: notice", "type: thong-bao").replace("draft: true", "draft: false"));
        TestSites.Run build = TestSites.build(site, tmp.resolve("out"));
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/notices/2025-04-02-van-ban-0/index.html")), "a notice typed in Vietnamese is a notice");
    }

    @Test
    void initSuggestsTheLauncherItWasRunThrough() throws IOException {
        Path launcher = Files.writeString(tmp.resolve("bin-congkhai"), "#!/bin/sh\n");
        Path portal = tmp.resolve("qua-launcher");
        TestSites.Run init = TestSites.cli(java.util.Map.of("CONGKHAI_LAUNCHER", launcher.toString()), "init", portal.toString());
        assertEquals(0, init.code(), init.err());
        String run = Invocation.relative(Path.of("").toAbsolutePath(), launcher);
        assertTrue(init.out().contains("\n    " + run + " serve --source "), init.out());
        assertFalse(init.out().contains("java -jar"), init.out());

        // a launcher that is not there (a stale variable) is not suggested
        TestSites.Run stale = TestSites.cli(java.util.Map.of("CONGKHAI_LAUNCHER", tmp.resolve("gone").toString()), "init",
                tmp.resolve("khong-launcher").toString());
        assertEquals(0, stale.code(), stale.err());
        assertTrue(stale.out().contains("\n    java -jar congkhai.jar serve --source "), stale.out());
    }

    @Test
    void initMakesAPortalThatBuildsAtOnceAndRefusesAFolderInUse() throws IOException {
        Path portal = tmp.resolve("cong-moi");
        TestSites.Run init = TestSites.cli("init", portal.toString(), "--title", "Cổng công khai xã Mới");
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.readString(portal.resolve("site-config.yml")).contains("title: \"Cổng công khai xã Mới\""));
        TestSites.Run build = TestSites.cli("build", "--source", portal.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().startsWith("built 1 records"), build.out());
        assertEquals(0, TestSites.cli("check", "--source", portal.toString()).code());
        assertTrue(Files.isRegularFile(portal.resolve("public/index.html")), "init builds the portal at once: " + init.out());
        // the commands printed name the folder as typed from where the webmaster stands
        String where = java.nio.file.Path.of("").toAbsolutePath().relativize(portal.toAbsolutePath()).toString();
        String shorter = where.length() <= portal.toAbsolutePath().toString().length() ? where : portal.toAbsolutePath().toString();
        assertTrue(init.out().contains(" serve --source " + shorter + "\n"), init.out());
        assertTrue(init.out().contains(" build --source " + shorter + "\n"), init.out());

        TestSites.Run again = TestSites.cli("init", portal.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("is not empty"), again.err());

        Path themed = tmp.resolve("co-giao-dien");
        assertEquals(0, TestSites.cli("init", themed.toString(), "--copy-theme").code());
        assertTrue(Files.isRegularFile(themed.resolve("templates/document.ftlh")));
        assertTrue(Files.isRegularFile(themed.resolve("templates/assets/site.css")));
        assertEquals(0, TestSites.cli("build", "--source", themed.toString()).code());
    }
}
