package congkhai.site;

import congkhai.TestSites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each folder under sites/invalid/ is a broken site; its expected.txt lists, in order, exactly the
 * located errors the build must print. The build must exit 1, print no stack trace and write nothing.
 */
class InvalidSitesTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyInvalidSiteFailsWithItsExpectedErrors() throws IOException {
        Path root = TestSites.fixture("invalid");
        List<Path> cases;
        try (Stream<Path> s = Files.list(root)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 10, "the invalid corpus went missing");
        return cases.stream().map(site -> DynamicTest.dynamicTest(site.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8);
            assertFalse(expected.isEmpty(), "expected.txt is empty");
            Path out = tmp.resolve(site.getFileName().toString());
            TestSites.Run run = TestSites.build(site, out);

            assertFailsWith(expected, run, out);
        }));
    }

    private static void assertFailsWith(List<String> expected, TestSites.Run run, Path out) {
        assertEquals(1, run.code(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(expected, errors);
        assertFalse(run.err().contains("Exception"), "a stack trace leaked: " + run.err());
        assertTrue(run.err().strip().endsWith("is unchanged"), run.err());
        assertFalse(Files.exists(out), "nothing may be written for a failed build");
        // nor left beside it: the staging folder, which the search stage writes into while the render runs
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + out.getFileName() + ".")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String RECORD = "---\ntype: notice\ntitle: \"Thông báo\"\ndate: 2025-01-01\n---\nNội dung.\n";

    /**
     * What a repository must not hold (names Windows cannot check out, two files differing only in case)
     * or cannot hold (a 3 GB file), made here rather than committed.
     */
    @Test
    void namesLinksAndSizesTheCorpusCannotHoldAreLocatedErrors() throws IOException {
        Path site = tmp.resolve("made");
        Path content = Files.createDirectories(site.resolve("content/notices"));
        Files.copy(TestSites.fixture("invalid/progress/site-config.yml"), site.resolve("site-config.yml"));
        Files.writeString(content.resolve("tb.md"), RECORD);
        Files.writeString(content.resolve("tb.MD"), RECORD);
        for (String name : List.of("aux.pdf", "a:b.pdf", "c?.pdf", "d.", "e\nf.pdf", "g#1.pdf", "h%20.pdf")) {
            Files.writeString(content.resolve(name), "x");
        }
        Files.createDirectories(content.resolve("con"));
        Files.writeString(content.resolve("con/bien-ban.pdf"), "x");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(content.resolve("lo-ra.txt"), tmp.resolve("secret.txt"));
        Files.createDirectories(content.resolve(".nhap"));
        Files.writeString(content.resolve(".nhap/ghi-chu.txt"), "hidden draft");
        Files.createSymbolicLink(content.resolve("an.txt"), content.resolve(".nhap/ghi-chu.txt"));
        Files.createSymbolicLink(content.resolve("gay.pdf"), content.resolve("khong-co.pdf"));
        try (RandomAccessFile huge = new RandomAccessFile(content.resolve("lon.md").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk, and must never be read
        }
        Path out = tmp.resolve("made-out");
        assertFailsWith(List.of(
                "content/notices/a:b.pdf:1:1: error: the name 'a:b.pdf' cannot be used on Windows; rename it",
                "content/notices/an.txt:1:1: error: symbolic link points to a hidden file (content/notices/.nhap/ghi-chu.txt), which is never published",
                "content/notices/aux.pdf:1:1: error: the name 'aux.pdf' cannot be used on Windows; rename it",
                "content/notices/c?.pdf:1:1: error: the name 'c?.pdf' cannot be used on Windows; rename it",
                "content/notices/con:1:1: error: the name 'con' cannot be used on Windows; rename it",
                "content/notices/d.:1:1: error: the name 'd.' cannot be used on Windows; rename it",
                "content/notices/e\\u000Af.pdf:1:1: error: the name 'e\\u000Af.pdf' contains a control character; rename it",
                "content/notices/g#1.pdf:1:1: error: the name 'g#1.pdf' has '#', which a web address cannot carry as it is; rename it",
                "content/notices/gay.pdf:1:1: error: broken symbolic link",
                "content/notices/h%20.pdf:1:1: error: the name 'h%20.pdf' has '%', which a web address cannot carry as it is; rename it",
                "content/notices/lo-ra.txt:1:1: error: symbolic link points outside content/ (to " + tmp.resolve("secret.txt").toRealPath() + ")",
                "content/notices/lon.md:1:1: error: file is 3.0 GB; a record may be at most 2 MB (is it an attachment saved under a record's name?)",
                "content/notices/tb.md:1:1: error: record id 'notices/tb' is also the id of content/notices/tb.MD; rename one of them"),
                TestSites.build(site, out), out);

        // and the webmaster reads them in Vietnamese, names and paths aside
        TestSites.Run vi = TestSites.cli(congkhai.cli.MessagesTest.VIETNAMESE, "build", "--source=" + site, "--output=" + out, "--as-of=2025-06-30");
        List<String> english = vi.err().lines().filter(l -> l.contains(": error: "))
                .map(l -> l.substring(l.indexOf(": error: ") + ": error: ".length()).replaceAll("'[^']*'", "''").replaceAll("\\([^)]*\\)", "()")
                        .replaceAll("\\S+/\\S+", "/"))
                .filter(m -> congkhai.cli.MessagesTest.ENGLISH.matcher(m).find()).toList();
        assertEquals(List.of(), english, vi.err());
    }
}
