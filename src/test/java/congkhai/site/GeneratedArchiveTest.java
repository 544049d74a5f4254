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

        longListsComeInPagesAPhoneCanLoad(out, docs);

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

    /**
     * The documents that assign tasks, listed a hundred a page, each once; an agency page shows the
     * twenty tasks longest overdue and sends the reader to its full list, which starts with them.
     */
    private static void longListsComeInPagesAPhoneCanLoad(Path out, JsonNode docs) throws IOException {
        Set<String> assigning = new HashSet<>();
        for (JsonNode d : docs) {
            if (d.get("tasks").asInt() > 0) {
                assigning.add(d.get("url").asText().replaceFirst("^https?://[^/]+", ""));
            }
        }
        assertTrue(assigning.size() > 200, "enough documents for several pages: " + assigning.size());
        List<String> listed = new java.util.ArrayList<>();
        String path = "nhiem-vu/van-ban/";
        int pages = 0;
        while (path != null) {
            org.jsoup.nodes.Document page = Jsoup.parse(out.resolve(path + "index.html").toFile(), "UTF-8");
            List<String> rows = page.select("main .doc-list > li > a.doc-title").eachAttr("href");
            assertTrue(rows.size() <= 100, path + " lists " + rows.size());
            rows.forEach(href -> listed.add(href.replace("#nhiem-vu", "")));
            pages++;
            org.jsoup.nodes.Element next = page.selectFirst("a[rel=next]");
            path = next == null ? null : next.attr("href").substring(1);
        }
        assertEquals(assigning.size(), listed.size(), "each document once");
        assertEquals(assigning, new HashSet<>(listed));
        assertEquals((assigning.size() + 99) / 100, pages);

        int shortened = 0;
        try (var agencies = Files.list(out.resolve("co-quan"))) {
            for (Path folder : agencies.filter(Files::isDirectory).toList()) {
                org.jsoup.nodes.Document agency = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
                org.jsoup.nodes.Element overdue = agency.selectFirst("section:has(#nv-qua-han)");
                if (overdue == null) {
                    continue;
                }
                int count = Integer.parseInt(overdue.selectFirst("h2").text().replaceAll(".*\\((\\d+)\\)$", "$1"));
                List<String> shown = overdue.select(".task-title").eachAttr("href");
                assertEquals(Math.min(20, count), shown.size(), folder.toString());
                if (count > 20) {
                    shortened++;
                    String full = overdue.selectFirst("a.more").attr("href").substring(1);
                    List<String> first = Jsoup.parse(out.resolve(full + "index.html").toFile(), "UTF-8").select(".task-title").eachAttr("href");
                    assertEquals(shown, first.subList(0, 20), "the full list starts with the tasks longest overdue");
                }
            }
        }
        assertTrue(shortened > 0, "some agency has more than twenty tasks overdue");
    }
}
