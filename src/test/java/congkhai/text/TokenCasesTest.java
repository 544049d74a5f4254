package congkhai.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One table of token cases, src/test/resources/text/token-cases.json, run against both tokenizers:
 * {@link Tokens} with the Lucene analysis the index is made with, and search.js's, which the browser
 * cuts queries and snippets with (run by node). A rule changed on one side only fails here.
 */
public class TokenCasesTest {

    static final Path CASES = Path.of("src/test/resources/text/token-cases.json");
    static final Path SEARCH_JS = Path.of("templates/assets/search.js");
    static final Path RUNNER = Path.of("src/test/js/cases.js");

    /** What a tokenizer gives one case's text, in the table's terms. */
    record Observed(List<String> exact, List<String> folded, List<String> pairs, List<String> accented, List<Integer> glued,
                    List<List<Integer>> spans) {
    }

    private static List<JsonNode> cases;

    @BeforeAll
    static void readCases() throws IOException {
        cases = new ArrayList<>();
        new ObjectMapper().readTree(CASES.toFile()).forEach(cases::add);
    }

    @Test
    void theTableHasEnoughCasesAndEachChecksEveryForm() {
        assertTrue(cases.size() >= 40, cases.size() + " cases");
        for (JsonNode c : cases) {
            for (String key : List.of("why", "text", "exact", "folded", "pairs", "accented", "glued", "spans")) {
                assertTrue(c.has(key), c + " has no " + key);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> javaTokenizerAndAnalysis() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> assertCase(c, java(c.get("text").asText()))));
    }

    @TestFactory
    Stream<DynamicTest> searchJsTokenizer() throws Exception {
        List<Observed> observed = javaScript();
        assertEquals(cases.size(), observed.size());
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> DynamicTest.dynamicTest(name(cases.get(i)), () -> assertCase(cases.get(i), observed.get(i))));
    }

    private static String name(JsonNode c) {
        return c.get("why").asText();
    }

    private static void assertCase(JsonNode c, Observed observed) {
        ObjectMapper json = new ObjectMapper();
        Observed expected = json.convertValue(c, Expected.class).observed();
        assertEquals(expected, observed, "tokens of " + json.valueToTree(c.get("text")) + " (" + name(c) + ")");
    }

    /** A row of the table; its text and reason are not compared. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"why", "text"})
    record Expected(List<String> exact, List<String> folded, List<String> pairs, List<String> accented, List<Integer> glued,
                    List<List<Integer>> spans) {
        Observed observed() {
            return new Observed(exact, folded, pairs, accented, glued, spans);
        }
    }

    /** The Java side: exact forms, glue and offsets from {@link Tokens}, the index's terms from the analysis. */
    static Observed java(String text) throws IOException {
        List<Token> tokens = Tokens.of(text);
        List<Integer> glued = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).gluedToPrevious()) {
                glued.add(i);
            }
        }
        List<List<Integer>> spans = new ArrayList<>();
        List<String> folded = analyze(FoldFilter::new, text, spans);
        assertEquals(tokens.stream().map(t -> List.of(t.start(), t.end())).toList(), spans, "the analysis's offsets are the tokens'");
        return new Observed(tokens.stream().map(Token::exact).toList(), folded, analyze(PairFilter::new, text, new ArrayList<>()),
                analyze(AccentedFilter::new, text, new ArrayList<>()), glued, spans);
    }

    private static List<String> analyze(Function<SyllableTokenizer, TokenStream> filter, String text, List<List<Integer>> spans)
            throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                SyllableTokenizer tokenizer = new SyllableTokenizer();
                return new TokenStreamComponents(tokenizer, filter.apply(tokenizer));
            }
        };
        List<String> terms = new ArrayList<>();
        try (analyzer; TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                spans.add(List.of(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        return terms;
    }

    /** The browser's side: search.js run by node on every case at once. */
    private static List<Observed> javaScript() throws Exception {
        return List.of(new ObjectMapper().readValue(runSearchJs("tokens", CASES), Observed[].class));
    }

    /**
     * What search.js gives for every text of a table ({@code kind} says which function runs), as
     * the JSON that src/test/js/cases.js prints. Skips without node, but fails under CI.
     */
    public static byte[] runSearchJs(String kind, Path cases) throws Exception {
        String node = nodeOnPath();
        if (node == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI needs node to run search.js; .ci/run installs it with npm");
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "node is not installed");
        }
        Process p = new ProcessBuilder(node, RUNNER.toString(), SEARCH_JS.toString(), kind, cases.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), "node failed: " + new String(out, StandardCharsets.UTF_8));
        return out;
    }

    private static String nodeOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
