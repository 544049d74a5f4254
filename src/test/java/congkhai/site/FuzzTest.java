package congkhai.site;

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
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutates the records of sites/basic at random and builds each mutant: every build must end in a site
 * (exit 0) or in located errors only (exit 1), never in a stack trace. The seed is fixed so CI is
 * repeatable; {@code -Dcongkhai.fuzz.seed=N -Dcongkhai.fuzz.iterations=M} explores further.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("congkhai.fuzz.seed", 20250630L);
    private static final int ITERATIONS = Integer.getInteger("congkhai.fuzz.iterations", 200);
    private static final Pattern LOCATED = Pattern.compile("[^\\n]+:\\d+:\\d+: error: .+");
    private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?; nothing was written, .+ is unchanged");

    /** Pieces that break YAML, Markdown, paths, dates or HTML, or try to run code. */
    private static final List<byte[]> TOKENS = Stream.of(
            "\n", "\r", "\r\n", ":", ": ", "- ", "  ", "\t", "[", "]", "{", "}", "*a", "&a ", "!!binary ", "!!str ",
            "---\n", "...\n", "\"", "'", "#", "|", ">", "? ", "\u0000", "\u001b[31m", "\uFEFF", "\u2028", "\\0", "\\e",
            "../", "/etc/passwd", "C:\\x", "javascript:alert(1)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "${site.title}", "<#list 1..3 as x>${x}</#list>", "2025-02-31", "31/02/2025", "2025-Q5",
            "99999999999999999999999", "-1", "true", "no", "null", "~", "plans/2023-05-27-kh-122#t1", "so-xd",
            "<div>".repeat(150), "> ".repeat(60), "*a* [b](c) ".repeat(2500), "a-".repeat(20000), "[".repeat(200))
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    @TempDir
    Path tmp;

    @Test
    void everyMutantEndsInASiteOrInLocatedErrors() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        List<Path> targets;
        try (Stream<Path> s = Files.walk(site)) {
            targets = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml")).sorted().toList();
        }
        Random random = new Random(SEED);
        int built = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path target = targets.get(random.nextInt(targets.size()));
            byte[] original = Files.readAllBytes(target);
            List<String> done = new ArrayList<>();
            byte[] mutant = original;
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                mutant = mutate(mutant, random, done);
            }
            Files.write(target, mutant);
            Path out = tmp.resolve("out-" + i);
            String where = "seed " + SEED + ", iteration " + i + ", " + site.relativize(target) + " after " + done;
            TestSites.Run run;
            try {
                run = TestSites.build(site, out);
            } catch (Throwable t) {
                Files.write(tmp.resolve("failing-mutant"), mutant);
                throw new AssertionError(where + " threw " + t, t);
            }
            check(run, out, where);
            built += run.code() == 0 ? 1 : 0;
            Files.write(target, original);
        }
        System.out.printf("fuzz: seed %d, %d mutants: %d built a site, %d failed with located errors%n",
                SEED, ITERATIONS, built, ITERATIONS - built);
        if (built == ITERATIONS) {
            fail("no mutant failed: the mutations are too weak to test anything");
        }
    }

    private static void check(TestSites.Run run, Path out, String where) {
        if (run.code() == 0) {
            if (!run.err().isEmpty() || !Files.isRegularFile(out.resolve("index.html"))) {
                fail(where + ": exit 0 without a site, or with messages: " + run.err());
            }
            return;
        }
        if (run.code() != 1 || !run.out().isEmpty() || Files.exists(out)) {
            fail(where + ": exit " + run.code() + ", output " + (Files.exists(out) ? "written" : "absent") + "\n" + run.out() + run.err());
        }
        List<String> lines = run.err().lines().toList();
        if (lines.isEmpty() || !SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
            fail(where + ": no summary line\n" + run.err());
        }
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (!LOCATED.matcher(line).matches()) {
                fail(where + ": not a located error: " + line + "\n" + run.err());
            }
        }
    }

    private static byte[] mutate(byte[] in, Random random, List<String> done) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        switch (random.nextInt(7)) {
            case 0 -> {
                byte[] token = TOKENS.get(random.nextInt(TOKENS.size()));
                done.add("insert token " + TOKENS.indexOf(token) + " at " + at);
                return splice(in, at, 0, token);
            }
            case 1 -> {
                byte[] bad = BAD_BYTES.get(random.nextInt(BAD_BYTES.size()));
                done.add("insert invalid UTF-8 at " + at);
                return splice(in, at, 0, bad);
            }
            case 2 -> {
                int length = Math.min(in.length - Math.min(at, in.length), 1 + random.nextInt(20));
                done.add("delete " + length + " bytes at " + at);
                return splice(in, at, length, new byte[0]);
            }
            case 3 -> {
                if (in.length == 0) {
                    return in;
                }
                int i = random.nextInt(in.length);
                byte[] out = in.clone();
                out[i] = (byte) random.nextInt(256);
                done.add("set byte " + i);
                return out;
            }
            default -> {
                List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.add(b, lines.get(a));
                    case 1 -> lines.set(a, lines.set(b, lines.get(a)));
                    case 2 -> lines.remove(a);
                    default -> lines.set(a, random.nextBoolean() ? "  " + lines.get(a) : lines.get(a).stripLeading());
                }
                done.add("line edit at " + (a + 1) + "/" + (b + 1));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }
}
