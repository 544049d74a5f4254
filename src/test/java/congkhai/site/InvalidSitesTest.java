package congkhai.site;

import congkhai.TestSites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

            assertEquals(1, run.code(), run.err());
            List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
            assertEquals(expected, errors);
            assertFalse(run.err().contains("Exception"), "a stack trace leaked: " + run.err());
            assertTrue(run.err().strip().endsWith("is unchanged"), run.err());
            assertFalse(Files.exists(out), "nothing may be written for a failed build");
        }));
    }
}
