package congkhai.cli;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path tmp;

    @Test
    void helpAndVersionExitZero() {
        TestSites.Run help = TestSites.cli("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("serve"), help.out());
        TestSites.Run buildHelp = TestSites.cli("build", "--help");
        assertTrue(buildHelp.out().contains("--as-of=YYYY-MM-DD") && buildHelp.out().contains("--base-url=URL"), buildHelp.out());
        TestSites.Run version = TestSites.cli("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("congkhai "), version.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, TestSites.cli().code(), "no command");
        assertEquals(2, TestSites.cli("build", "--no-such-option").code());
        assertEquals(2, TestSites.cli("publish").code());
        TestSites.Run badDate = TestSites.cli("build", "--as-of", "30/06/2025");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("--as-of must be a real day as YYYY-MM-DD"), badDate.err());
        assertEquals(2, TestSites.cli("build", "--as-of", "2025-02-30").code());
        assertEquals(2, TestSites.cli("build", "--base-url", "example.gov.vn").code());
        assertEquals(2, TestSites.cli("serve", "--port", "70000").code());
    }

    @Test
    void aRecordWithThreeMistakesGivesThreeLocatedErrorsAndLeavesThePublishedSiteUntouched() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        TestSites.Run first = TestSites.cli("build", "--source", site.toString());
        assertEquals(0, first.code(), first.err());
        Path published = site.resolve("public");
        Map<String, byte[]> before = TestSites.snapshot(published);
        assertTrue(before.containsKey("index.html"));

        Files.copy(TestSites.fixture("invalid/three-mistakes/content/plans/kh-122.md"), site.resolve("content/plans/sai.md"));
        TestSites.Run broken = TestSites.cli("build", "--source", site.toString());
        assertEquals(1, broken.code());
        assertEquals(java.util.List.of(
                "content/plans/sai.md:2:7: error: unknown document type 'planx' (did you mean 'plan'?); use one of resolution (nghi-quyet), decision (quyet-dinh), conclusion (ket-luan), plan (ke-hoach), report (bao-cao), notice (thong-bao), news (tin-tuc)",
                "content/plans/sai.md:4:7: error: field 'date': '2025-02-31' is not a real day: 2/2025 has 28 days",
                "content/plans/sai.md:10:11: error: unknown agency 'so-tnmtt' (did you mean 'so-tnmt'?)"),
                broken.err().lines().filter(l -> l.contains(": error: ")).toList());
        assertEquals("", broken.out());

        Map<String, byte[]> after = TestSites.snapshot(published);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, TestSites.build(TestSites.fixture("basic"), a).code());
        assertEquals(0, TestSites.build(TestSites.fixture("basic"), b).code());
        Map<String, byte[]> first = TestSites.snapshot(a);
        Map<String, byte[]> second = TestSites.snapshot(b);
        TestSites.assertSameBuild(first, second);
        assertTrue(first.keySet().stream().anyMatch(p -> p.startsWith("search/terms/")));
        Map<String, byte[]> index = TestSites.index(a);
        assertTrue(index.keySet().stream().anyMatch(p -> p.startsWith("segments_")), index.keySet().toString());
        TestSites.assertSameBuild(index, TestSites.index(b));
    }

    /**
     * The Lucene index is for `search` and `serve`, not for the web host: a build puts it beside the
     * published folder, replaces it with each build, and clears what a killed build left of one.
     */
    @Test
    void theLuceneIndexIsKeptBesideThePublishedSite() throws IOException {
        Path out = tmp.resolve("public");
        assertEquals(0, TestSites.build(TestSites.fixture("basic"), out).code());
        assertFalse(Files.exists(out.resolve("search/lucene")));
        assertTrue(TestSites.snapshot(out).keySet().stream().noneMatch(p -> p.contains("lucene")));
        Path index = tmp.resolve(".public.lucene");
        assertTrue(Files.isDirectory(index));
        TestSites.Run found = TestSites.cli("search", "--site", out.toString(), "--json", "kế hoạch");
        assertEquals(0, found.code(), found.err());
        assertTrue(found.out().contains("\"url\""), found.out());

        Path leftover = Files.createDirectories(tmp.resolve(".public.lucene-new-123"));
        Files.writeString(leftover.resolve("_0.cfs"), "a killed build's");
        Map<String, byte[]> before = TestSites.index(out);
        assertEquals(0, TestSites.build(TestSites.fixture("basic"), out).code());
        assertFalse(Files.exists(leftover));
        TestSites.assertSameBuild(before, TestSites.index(out));

        TestSites.deleteTree(index);
        TestSites.Run missing = TestSites.cli("search", "--site", out.toString(), "kế hoạch");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains(index.toAbsolutePath().normalize().toString()), missing.err());
    }

    @Test
    void theAsOfDayComesFromTheCommandLineThenTheConfig() {
        Path out = tmp.resolve("o");
        TestSites.Run fromConfig = TestSites.cli("build", "--source", TestSites.fixture("basic").toString(), "--output", out.toString());
        assertTrue(fromConfig.out().contains("(statuses as of 2025-06-30)"), fromConfig.out());
        TestSites.Run fromFlag = TestSites.cli("build", "--source", TestSites.fixture("basic").toString(), "--output", out.toString(), "--as-of", "2024-01-01");
        assertTrue(fromFlag.out().contains("(statuses as of 2024-01-01)"), fromFlag.out());
    }

    /** SOURCE_DATE_EPOCH (reproducible-builds.org) is "today" for a site that names no as-of day. */
    @Test
    void sourceDateEpochIsTodayInVietnamWhenNoAsOfDayIsGiven() throws IOException {
        Path site = tmp.resolve("no-as-of");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replaceAll("(?m)^as_of:.*\n", ""));
        Path out = tmp.resolve("o");
        // 2024-12-31T17:00:00Z is already 1 January 2025 in Vietnam (UTC+7)
        TestSites.Run newYear = TestSites.cli(Map.of("SOURCE_DATE_EPOCH", "1735664400"), "build", "--source", site.toString(), "--output", out.toString());
        assertTrue(newYear.out().contains("(statuses as of 2025-01-01)"), newYear.out() + newYear.err());
        TestSites.Run eve = TestSites.cli(Map.of("SOURCE_DATE_EPOCH", "1735664399"), "build", "--source", site.toString(), "--output", out.toString());
        assertTrue(eve.out().contains("(statuses as of 2024-12-31)"), eve.out() + eve.err());
        TestSites.Run flagWins = TestSites.cli(Map.of("SOURCE_DATE_EPOCH", "1735664400"), "build", "--source", site.toString(),
                "--output", out.toString(), "--as-of", "2025-06-30");
        assertTrue(flagWins.out().contains("(statuses as of 2025-06-30)"), flagWins.out());
        TestSites.Run configWins = TestSites.cli(Map.of("SOURCE_DATE_EPOCH", "1735664400"), "build", "--source",
                TestSites.fixture("basic").toString(), "--output", out.toString());
        assertTrue(configWins.out().contains("(statuses as of 2025-06-30)"), configWins.out());
        TestSites.Run malformed = TestSites.cli(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "build", "--source", site.toString(), "--output", out.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not 'yesterday'"), malformed.err());
    }
}
