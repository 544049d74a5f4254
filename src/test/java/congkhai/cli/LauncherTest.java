package congkhai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM options {@code bin/congkhai} chooses by the site's size (docs/benchmarks.md, "Start-up"):
 * C1 alone and the serial collector under 5,000 content files, C2 with its smaller inlining for
 * {@code build} and {@code check} up to 50,000, the JVM's own settings from there on.
 */
class LauncherTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String SERIAL_GC = "-XX:+UseSerialGC";
    private static final List<String> SMALLER_INLINING = List.of("-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100");

    @TempDir
    Path tmp;

    @Test
    void theOptionsFollowTheNumberOfContentFiles() throws Exception {
        Path site = tmp.resolve("site");
        Path jar = Files.createFile(tmp.resolve("congkhai.jar"));
        addFiles(site, 0, 4_999);
        List<String> small = command(site, jar, "build");
        assertTrue(small.contains(C1_ONLY) && small.contains(SERIAL_GC), small.toString());
        assertFalse(small.containsAll(SMALLER_INLINING), small.toString());
        assertEquals(List.of("-jar", jar.toString(), "build", "--source", site.toString()),
                small.subList(small.size() - 5, small.size()), "the command and its arguments as given");

        addFiles(site, 4_999, 5_000);
        for (String command : List.of("build", "check")) {
            List<String> large = command(site, jar, command);
            assertTrue(large.containsAll(SMALLER_INLINING), large.toString());
            assertFalse(large.contains(C1_ONLY) || large.contains(SERIAL_GC), large.toString());
        }
        List<String> serve = command(site, jar, "serve");
        assertFalse(serve.contains(C1_ONLY) || serve.containsAll(SMALLER_INLINING), "the preview keeps the JVM's own: " + serve);

        addFiles(site, 5_000, 50_000);
        List<String> veryLarge = command(site, jar, "build");
        assertFalse(veryLarge.contains(C1_ONLY) || veryLarge.contains(SMALLER_INLINING.get(0))
                || veryLarge.contains(SMALLER_INLINING.get(1)), veryLarge.toString());
    }

    /** Empty files number {@code from} to {@code to} - 1 in content/, a thousand to a folder as a portal's years are. */
    private static void addFiles(Path site, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            Path folder = site.resolve("content").resolve("y" + i / 1000);
            Files.createDirectories(folder);
            Files.createFile(folder.resolve("r" + i + ".md"));
        }
    }

    /** The java command {@code bin/congkhai COMMAND --source SITE} would run, word by word. */
    private static List<String> command(Path site, Path jar, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", Path.of("bin", "congkhai").toAbsolutePath().toString(),
                command, "--source", site.toString());
        pb.environment().put("CONGKHAI_DRY_RUN", "1");
        pb.environment().put("CONGKHAI_JAR", jar.toString());
        pb.environment().put("CONGKHAI_CDS", "0");
        pb.environment().remove("CONGKHAI_JAVA_OPTS");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return List.of(out.split(" "));
    }
}
