package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.text.Folding;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A province's archive as bench/GenerateCorpus.java writes it: 400 records of 2015–2025 from some
 * thirty issuers, each numbering from 1 every year, citing each other in the ways documents do. It
 * must build with no error, with its numbers shared across years and issuers.
 */
class GeneratedArchiveTest {

    @TempDir
    static Path tmp;

    @Test
    void aMultiYearArchiveWhoseNumbersRepeatBuildsAndTellsItsDocumentsApart() throws IOException, InterruptedException {
        Path corpus = tmp.resolve("corpus");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GenerateCorpus.java", "--records", "400", "--seed", "1", "--body-kb", "2", "--out", corpus.toString())
                .redirectErrorStream(true).start();
        String generated = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(generator.waitFor(300, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, generator.exitValue(), generated);

        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.build(corpus, out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());

        JsonNode docs = new ObjectMapper().readTree(out.resolve("data/documents.json").toFile());
        Map<String, Set<String>> identitiesByNumber = new HashMap<>();
        Set<String> identifiers = new HashSet<>();
        for (JsonNode d : docs) {
            assertTrue(identifiers.add(d.get("identifier").asText()), "identifiers are unique: " + d.get("identifier"));
            if (!d.get("number").asText().isEmpty()) {
                identitiesByNumber.computeIfAbsent(Folding.documentNumberKey(d.get("number").asText()), k -> new HashSet<>())
                        .add(d.get("identifier").asText());
            }
        }
        long shared = identitiesByNumber.values().stream().filter(s -> s.size() > 1).count();
        assertTrue(shared > 30, "numbers restart every year and several issuers write /KH-UBND; shared: " + shared);

        // a number carried by many documents has one page listing them all, newest first
        String busiest = identitiesByNumber.entrySet().stream().max((a, b) -> a.getValue().size() - b.getValue().size())
                .orElseThrow().getKey();
        Path page = out.resolve("so-hieu/" + Folding.slug(busiest) + "/index.html");
        assertTrue(Files.exists(page), page.toString());
        List<String> dates = Jsoup.parse(page.toFile(), "UTF-8").select("main .doc-list > li > .doc-kicker time").eachAttr("datetime");
        assertEquals(identitiesByNumber.get(busiest).size(), dates.size(), busiest);
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        }
    }
}
