package congkhai.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.model.Urls;
import congkhai.search.AnalyzedTerms;
import congkhai.search.RelevanceSuite;
import congkhai.search.SearchAnalyzer;
import congkhai.search.SearchFields;
import congkhai.search.SearchRecords;
import congkhai.text.Folding;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenSearch export of the sample portal: files of the expected shape, and an analysis that
 * gives the terms the Lucene index has. OpenSearch's built-in analysis components are Lucene's, so
 * the index definition is run here through Lucene's own factories.
 */
class OpenSearchExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static JsonNode mapping;
    private static List<JsonNode> lines;

    @BeforeAll
    static void export() throws IOException {
        Path out = tmp.resolve("export");
        TestSites.Run run = TestSites.cli("export", "--format", "opensearch", "--source", TestSites.SAMPLE_PORTAL.toString(),
                "--output", out.toString(), "--index", "lang-son");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("exported "), run.out());
        mapping = JSON.readTree(Files.readString(out.resolve(Urls.openSearchMapping())));
        lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(Urls.openSearchBulk()))) {
            lines.add(JSON.readTree(line));
        }
    }

    @Test
    void usageErrorsAndContentErrorsWriteNothing() {
        Path out = tmp.resolve("refused");
        assertEquals(2, TestSites.cli("export", "--format", "solr", "--output", out.toString()).code());
        assertEquals(2, TestSites.cli("export", "--format", "opensearch", "--index", "Công_Khai", "--output", out.toString()).code());
        TestSites.Run broken = TestSites.cli("export", "--format", "opensearch", "--source",
                TestSites.FIXTURES.resolve("invalid/three-mistakes").toString(), "--output", out.toString());
        assertEquals(1, broken.code(), broken.err());
        assertTrue(broken.err().contains(": error: "), broken.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theMappingDefinesTheAnalyzersAndEveryFieldStrictly() {
        JsonNode analyzers = mapping.at("/settings/analysis/analyzer");
        for (String name : List.of(OpenSearchExport.FOLDED, OpenSearchExport.PAIRS, OpenSearchExport.EXACT)) {
            assertEquals("custom", analyzers.at("/" + name + "/type").asText(), name);
            assertEquals("congkhai_syllables", analyzers.at("/" + name + "/tokenizer").asText(), name);
        }
        assertEquals("strict", mapping.at("/mappings/dynamic").asText());
        JsonNode properties = mapping.at("/mappings/properties");
        for (String field : SearchFields.SYLLABLE_FIELDS.keySet()) {
            assertEquals(OpenSearchExport.FOLDED, properties.at("/" + field + "/analyzer").asText(), field);
            assertEquals(List.of(SearchFields.PAIRS, SearchFields.EXACT), strings(properties.at("/" + field + "/copy_to")), field);
        }
        assertEquals(OpenSearchExport.PAIRS, properties.at("/" + SearchFields.PAIRS + "/analyzer").asText());
        assertEquals(OpenSearchExport.EXACT, properties.at("/" + SearchFields.EXACT + "/analyzer").asText());
    }

    @Test
    void recordsCarryWhatTheSitesQueryGoesBy() throws IOException {
        int tasks = 0;
        for (int i = 1; i < lines.size(); i += 2) {
            JsonNode record = lines.get(i);
            JsonNode document = lines.get(2 * record.get(SearchFields.PARENT).asInt() + 1);
            assertFalse(document.get(SearchFields.TYPE).asText().equals(SearchRecords.TASK), "a record's parent is a document");
            assertEquals(document.get(SearchFields.TYPE).asText(), record.get(SearchFields.DOC_TYPE).asText(), "a task has its document's type");
            assertEquals(document.path(SearchFields.ISSUED_BY).asText(), record.path(SearchFields.ISSUED_BY).asText());
            if (record.get(SearchFields.TYPE).asText().equals(SearchRecords.TASK)) {
                tasks++;
                assertFalse(record.get(SearchFields.STATUS).asText().isEmpty(), record.toString());
                assertTrue(record.get(SearchFields.DATED).isEmpty(), "a task is dated by its document");
                if (record.has(SearchFields.DUE)) {
                    assertTrue(record.get(SearchFields.DUE).asText().matches("\\d{4}-\\d\\d-\\d\\d"), record.toString());
                }
            } else {
                assertEquals(2 * record.get(SearchFields.ORDER).asInt() + 1, i, "a document is its own parent");
            }
        }
        assertTrue(tasks > 0);
        JsonNode plan = lines.stream().filter(l -> l.path(SearchFields.ID).asText().equals(RelevanceSuite.PLAN_122)).findFirst().orElseThrow();
        assertEquals("122/KH-UBND", plan.get(SearchFields.NUMBER_KEY).asText());
        assertEquals(List.of("2023-05-27", "2023-05"), strings(plan.get(SearchFields.DATED)));
        assertTrue(strings(plan.get(SearchFields.DATES)).contains("2022-11-11"), "the plan cites resolution 148/NQ-CP of 11/11/2022");
        assertEquals("luong-trong-quynh", plan.get(SearchFields.SIGNED_BY).asText());

        // the archive: three notices carry 7/TB-UBND, one of them written 07/TB-UBND
        Path out = tmp.resolve("archive-export");
        TestSites.Run run = TestSites.cli("export", "--format", "opensearch", "--source", RelevanceSuite.ARCHIVE.toString(),
                "--output", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> carriers = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(Urls.openSearchBulk()))) {
            JsonNode record = JSON.readTree(line);
            if (record.path(SearchFields.NUMBER_KEY).asText().equals("7/TB-UBND")) {
                carriers.add(record.get(SearchFields.ID).asText() + " " + record.get(SearchFields.ISSUED_BY).asText());
            }
        }
        assertEquals(List.of("notices/2023-03-tb-7-tp ubnd-tp", "notices/2023-02-10-tb-7 ubnd-tinh", "notices/2021-01-15-tb-7 ubnd-tinh"),
                carriers);
    }

    @Test
    void theBulkFileIsAnActionLineThenARecordLineForEveryRecord() {
        assertFalse(lines.isEmpty());
        assertEquals(0, lines.size() % 2);
        Set<String> fields = new HashSet<>();
        mapping.at("/mappings/properties").fieldNames().forEachRemaining(fields::add);
        Set<String> ids = new HashSet<>();
        int documents = 0;
        for (int i = 0; i < lines.size(); i += 2) {
            JsonNode action = lines.get(i).get("index");
            JsonNode record = lines.get(i + 1);
            assertEquals("lang-son", action.get("_index").asText());
            assertEquals(action.get("_id").asText(), record.get(SearchFields.ID).asText());
            assertTrue(ids.add(record.get(SearchFields.ID).asText()), "ids are unique");
            assertEquals(i / 2, record.get(SearchFields.ORDER).asInt(), "records keep the Lucene index's order");
            record.fieldNames().forEachRemaining(f -> assertTrue(fields.contains(f), "field " + f + " is mapped"));
            assertTrue(record.get(SearchFields.ISO_DATE).asText().matches("\\d{4}(-\\d{2}){0,2}"), record.toString());
            assertTrue(record.get(SearchFields.BODY).isArray());
            assertTrue(record.get(SearchFields.URL).asText().startsWith("https://congkhai.langson.example/"));
            if (!record.get(SearchFields.TYPE).asText().equals(SearchRecords.TASK)) {
                documents++;
            }
        }
        assertEquals(5, documents, "the sample portal's five records");
        assertTrue(lines.size() / 2 > documents, "and their tasks");
    }

    @Test
    void theAnalysisGivesTheTermsOfTheLuceneIndex() throws IOException {
        Analyzer folded = analyzer(OpenSearchExport.FOLDED);
        Analyzer pairs = analyzer(OpenSearchExport.PAIRS);
        Analyzer exact = analyzer(OpenSearchExport.EXACT);
        Analyzer index = new SearchAnalyzer();
        List<String> texts = new ArrayList<>(List.of("Kế hoạch số 122/KH-UBND", "Nghị quyết 06-NQ/TW ngày 24/01/2022",
                "quy. Hoạch chung", "122 / KH–UBND — đất đai", "Hoa\u0300ng Văn Thụ", "giai đoạn 2021 - 2030, tầm nhìn",
                "a".repeat(40) + " quy hoạch", "ĐẤT ĐAI; QUY HOẠCH", "số 0015/QĐ-UBND (sửa đổi)"));
        int checked = 0;
        for (int i = 1; i < lines.size(); i += 2) {
            JsonNode record = lines.get(i);
            for (String field : SearchFields.SYLLABLE_FIELDS.keySet()) {
                JsonNode value = record.get(field);
                if (value.isArray()) {
                    value.forEach(v -> texts.add(v.asText()));
                } else {
                    texts.add(value.asText());
                }
            }
        }
        for (String text : texts) {
            assertEquals(AnalyzedTerms.of(index, SearchFields.BODY, text), terms(folded, text), text);
            assertEquals(AnalyzedTerms.of(index, SearchFields.PAIRS, text), terms(pairs, text), text);
            // The exact field keeps unaccented syllables too; a query asks it for accented ones only. It
            // cannot compose "a" and a combining grave into "à" without the ICU plugin: records are exported
            // composed (NFC), and a client composes queries (String.normalize in a browser).
            String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
            assertEquals(AnalyzedTerms.of(index, SearchFields.EXACT, text), terms(exact, composed).stream().filter(t -> !Folding.foldLowercase(t).equals(t)).toList(), text);
            checked++;
        }
        assertTrue(checked > 1000, "checked " + checked + " texts");
    }

    /** The analyzer as OpenSearch would build it from the mapping, made of the same Lucene components. */
    private static Analyzer analyzer(String name) throws IOException {
        JsonNode analysis = mapping.at("/settings/analysis");
        JsonNode definition = analysis.at("/analyzer/" + name);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder();
        for (JsonNode c : definition.get("char_filter")) {
            JsonNode f = analysis.at("/char_filter/" + c.asText());
            assertEquals("pattern_replace", f.get("type").asText());
            b.addCharFilter("patternReplace", "pattern", f.get("pattern").asText(), "replacement", f.get("replacement").asText());
        }
        JsonNode tokenizer = analysis.at("/tokenizer/" + definition.get("tokenizer").asText());
        assertEquals("pattern", tokenizer.get("type").asText());
        b.withTokenizer("pattern", "pattern", tokenizer.get("pattern").asText(), "group", "-1");
        for (JsonNode n : definition.get("filter")) {
            JsonNode f = analysis.at("/filter/" + n.asText());
            String type = f.isMissingNode() ? n.asText() : f.get("type").asText();
            switch (type) {
                case "lowercase" -> b.addTokenFilter("lowercase");
                case "asciifolding" -> b.addTokenFilter("asciiFolding");
                case "length" -> b.addTokenFilter("length", "min", f.get("min").asText(), "max", f.get("max").asText());
                case "pattern_replace" -> b.addTokenFilter("patternReplace", "pattern", f.get("pattern").asText(),
                        "replacement", f.get("replacement").asText(), "replace", "all");
                case "shingle" -> b.addTokenFilter("shingle", "minShingleSize", f.get("min_shingle_size").asText(),
                        "maxShingleSize", f.get("max_shingle_size").asText(), "outputUnigrams", f.get("output_unigrams").asText(),
                        "tokenSeparator", f.get("token_separator").asText(), "fillerToken", f.get("filler_token").asText());
                default -> throw new AssertionError("a filter this test does not know: " + type);
            }
        }
        return b.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }
}
