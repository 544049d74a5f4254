package congkhai;

import congkhai.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers: fixture sites, running the CLI in-process, reading a built site. */
public final class TestSites {

    public static final Path FIXTURES = Path.of("src/test/resources/sites");
    /** The repository itself is the sample portal. */
    public static final Path SAMPLE_PORTAL = Path.of(".");

    private TestSites() {
    }

    public record Run(int code, String out, String err) {
    }

    public static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    /** Runs the CLI as {@code java -jar congkhai.jar args...} would, capturing what it prints. */
    public static Run cli(String... args) {
        return cli(Map.of(), args);
    }

    /** As {@link #cli(String...)}, with {@code environment} as the process environment (SOURCE_DATE_EPOCH). */
    public static Run cli(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // tests read messages in English unless they set a locale or --lang themselves
        Map<String, String> env = new java.util.HashMap<>(environment);
        if (!env.containsKey("LC_ALL") && !env.containsKey("LANG") && !env.containsKey("LC_MESSAGES")) {
            env.put("LANG", "en_US.UTF-8");
        }
        int code = Main.execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds {@code site} into {@code output} as of 30/06/2025 unless {@code extra} gives another --as-of. */
    public static Run build(Path site, Path output, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--source=" + site, "--output=" + output));
        if (java.util.Arrays.stream(extra).noneMatch(a -> a.startsWith("--as-of"))) {
            args.add("--as-of=2025-06-30");
        }
        args.addAll(java.util.List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    /** Every file of a folder by relative path, for comparing two outputs byte for byte. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the Lucene index a build put beside the site in {@code site}, by name; empty when there is none. */
    public static Map<String, byte[]> index(Path site) {
        Path dir = congkhai.search.LuceneLocation.beside(site);
        return Files.isDirectory(dir) ? snapshot(dir) : Map.of();
    }

    /** Every file of the two builds, byte for byte; and no file more or less. */
    public static void assertSameBuild(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(actual.keySet()));
        expected.forEach((path, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, actual.get(path), path));
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
