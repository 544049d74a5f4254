package congkhai.browser;

import congkhai.TestSites;
import congkhai.search.RelevanceSuite;
import congkhai.search.RelevanceSuite.Result;
import congkhai.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries made only of common syllables, on the generated 1k corpus (the one
 * {@code GeneratedCorpusRelevanceTest} uses). Each syllable is in more than 400 records, so the
 * browser's data keeps part of its list, and the page ranks from those parts. The parts are chosen
 * by document (a document with the tasks that count towards its score), so the documents the
 * command line ranks first are among them: kept record by record, they were mostly short tasks, and
 * the page showed 3 of Lucene's first ten for "giai phong mat bang" at 1k and none at 10k.
 */
class CommonWordsBrowserTest {

    /** Every syllable of each is in more than 400 of the corpus's 3,919 records. */
    static final List<String> QUERIES = List.of("giai phong mat bang", "so tai chinh", "chuyen doi so", "cai cach hanh chinh");

    @TempDir
    static Path tmp;
    static Path profile;
    static Path site;
    static StaticServer server;
    static HeadlessChromium browser;

    @BeforeAll
    static void generateBuildServeAndOpenABrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path corpus = tmp.resolve("corpus");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GenerateCorpus.java", "--records", "1000", "--seed", "1", "--body-kb", "2", "--out", corpus.toString())
                .redirectErrorStream(true).start();
        String generated = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(generator.waitFor(300, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, generator.exitValue(), generated);
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(corpus, site);
        assertEquals(0, run.code(), run.err());
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0));
        server.start();
        profile = Files.createTempDirectory("common-words-profile");
        browser = new HeadlessChromium(profile);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover profile in the system's temporary folder harms nothing
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> thePageShowsTheDocumentsTheCommandLineRanksFirst() {
        return QUERIES.stream().map(query -> DynamicTest.dynamicTest(query, () -> {
            browser.open("http://127.0.0.1:" + server.port() + "/tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            List<String> page = SearchPageBrowserTest.results(SearchPageBrowserTest.shown(browser)).stream().map(Result::id).toList();
            List<String> lucene = RelevanceSuite.cli(site, query).stream().map(Result::id).toList();
            assertEquals(10, lucene.size(), query);
            assertEquals(lucene.get(0), page.get(0), query + ": the same document first; page " + page + ", Lucene " + lucene);
            long shown = lucene.stream().limit(5).filter(page::contains).count();
            assertEquals(5, shown, query + ": Lucene's first five on the page's first ten; page " + page + ", Lucene " + lucene);
        }));
    }
}
