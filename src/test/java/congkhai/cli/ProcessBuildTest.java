package congkhai.cli;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Builds in separate JVMs, as a webmaster or a CI job runs them: reproducible, and safe to kill. */
class ProcessBuildTest {

    @TempDir
    Path tmp;

    private static ProcessBuilder congkhai(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "congkhai.cli.Main"));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not finish");
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    /**
     * Two JVMs that differ in everything a build must not depend on (parallelism, time zone, locale,
     * hash seeds of their own objects, Lucene's random segment ids) write the same bytes, every file
     * of the Lucene index included.
     */
    @Test
    void theSamePortalBuiltInTwoDifferentJvmsIsByteIdentical() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        ProcessBuilder first = congkhai(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1",
                "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"), "build", "--source", ".", "--output", a.toString());
        first.environment().put("TZ", "UTC");
        first.environment().put("LC_ALL", "C");
        ProcessBuilder second = congkhai(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=7",
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=vi", "-Duser.country=VN"), "build", "--source", ".", "--output", b.toString());
        second.environment().put("TZ", "America/Los_Angeles");
        run(first);
        run(second);
        Map<String, byte[]> one = TestSites.snapshot(a);
        assertTrue(one.size() > 100);
        TestSites.assertSameBuild(one, TestSites.snapshot(b));
        Map<String, byte[]> index = TestSites.index(a);
        assertTrue(index.size() > 3, index.keySet().toString());
        TestSites.assertSameBuild(index, TestSites.index(b));
    }

    /**
     * Kills builds with SIGKILL at moments spread over a build's run, many near its end where the site is
     * written and swapped in. Whenever it lands, the output is the previous site or the new one, whole;
     * or, killed between the two renames, absent with the previous site set aside, which the next build
     * puts back.
     */
    @Test
    void aBuildKilledAtAnyMomentLeavesTheSiteWhole() throws Exception {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        byte[] scan = new byte[512 * 1024];
        for (int i = 0; i < 120; i++) {
            // attachments make the write phase long enough to be hit
            scan[i] = (byte) i;
            Files.write(site.resolve("content/plans/ban-chup-" + i + ".pdf"), scan);
        }
        Path out = site.resolve("public");
        String[] oldBuild = {"build", "--source", site.toString(), "--as-of", "2025-06-30"};
        String[] newBuild = {"build", "--source", site.toString(), "--as-of", "2025-07-15"};
        Path reference = tmp.resolve("reference");
        long start = System.nanoTime();
        run(congkhai(List.of(), "build", "--source", site.toString(), "--as-of", "2025-07-15", "--output", reference.toString()));
        long fullNanos = System.nanoTime() - start;
        Map<String, byte[]> newSite = TestSites.snapshot(reference);
        run(congkhai(List.of(), oldBuild));
        Map<String, byte[]> oldSite = TestSites.snapshot(out);
        assertTrue(!same(newSite, oldSite), "the two builds must differ");

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, byte[]> previous = oldSite;
        double[] moments = {0.3, 0.6, 0.75, 0.8, 0.84, 0.87, 0.9, 0.92, 0.94, 0.96, 0.98, 1.0};
        for (int i = 0; i < moments.length; i++) {
            boolean toNew = previous == oldSite;
            Map<String, byte[]> next = toNew ? newSite : oldSite;
            Process build = congkhai(List.of(), toNew ? newBuild : oldBuild).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep((long) (fullNanos * moments[i] / 1_000_000));
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
            String outcome;
            if (Files.exists(out)) {
                Map<String, byte[]> now = TestSites.snapshot(out);
                if (same(now, previous)) {
                    outcome = "previous site intact";
                } else if (same(now, next)) {
                    outcome = "new site complete";
                    previous = next;
                } else {
                    fail("killed at " + moments[i] + " of a build: the output is neither site: " + describe(now, previous, "previous")
                            + "; " + describe(now, next, "new") + "; beside it: " + listing(site));
                    return;
                }
            } else {
                List<Path> aside;
                try (Stream<Path> s = Files.list(site)) {
                    // a folder half deleted by an earlier kill may be there too, but without the marker
                    aside = s.filter(p -> p.getFileName().toString().startsWith(".public.old-"))
                            .filter(p -> Files.exists(p.resolve(".congkhai-output"))).toList();
                }
                assertEquals(1, aside.size(), "killed between the renames: the previous site is set aside, once");
                assertTrue(same(TestSites.snapshot(aside.get(0)), previous), "the set-aside site is the previous one whole");
                outcome = "between the renames, previous site set aside";
            }
            try (Stream<Path> s = Files.list(site)) {
                if (s.anyMatch(p -> p.getFileName().toString().startsWith(".public.staging-"))) {
                    outcome += ", killed while writing (staging folder left for the next build to remove)";
                }
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("killed builds: " + outcomes);
        run(congkhai(List.of(), previous == oldSite ? newBuild : oldBuild));
        Map<String, byte[]> expected = previous == oldSite ? newSite : oldSite;
        TestSites.assertSameBuild(expected, TestSites.snapshot(out));
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(List.of(".public.lucene"), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public.")).toList(),
                    "no staging or set-aside folder is left behind, only the index beside the site");
        }
    }

    private static String describe(Map<String, byte[]> now, Map<String, byte[]> site, String name) {
        long missing = site.keySet().stream().filter(k -> !now.containsKey(k)).count();
        long extra = now.keySet().stream().filter(k -> !site.containsKey(k)).count();
        List<String> changed = site.keySet().stream().filter(k -> now.containsKey(k)
                && !Arrays.equals(now.get(k), site.get(k))).limit(5).toList();
        return name + ": " + missing + " missing, " + extra + " extra, changed " + changed;
    }

    private static String listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
