package congkhai;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's dependency rule, checked from the source: a stage uses only the stages above it. */
class ArchitectureTest {

    /** Position in the pipeline; a package may import packages of a lower rank only. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("base", 0), Map.entry("text", 1), Map.entry("config", 1), Map.entry("load", 2), Map.entry("history", 2),
            Map.entry("assemble", 3),
            Map.entry("author", 3), Map.entry("render", 4), Map.entry("search", 5), Map.entry("output", 6),
            Map.entry("serve", 6), Map.entry("build", 7), Map.entry("cli", 8));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?congkhai\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bcongkhai\\.([a-z]+)\\.[A-Z]");

    @Test
    void dependenciesPointDownThePipeline() throws IOException {
        Path root = Path.of("src/main/java/congkhai");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String pkg = root.relativize(file).getName(0).toString();
                assertTrue(RANK.containsKey(pkg), "a package outside the pipeline: " + pkg);
                String text = Files.readString(file);
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && RANK.getOrDefault(used, 99) >= RANK.get(pkg)) {
                            violations.add(root.relativize(file) + " uses congkhai." + used);
                        }
                    }
                }
            }
        }
        assertTrue(files > 30);
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheOutputStageWritesFiles() throws IOException {
        Pattern writes = Pattern.compile("Files\\.(write|writeString|copy|move|delete|deleteIfExists|createDirector|createTemp)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/congkhai"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean output = file.toString().contains("/output/");
                if (!output && writes.matcher(Files.readString(file)).find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
