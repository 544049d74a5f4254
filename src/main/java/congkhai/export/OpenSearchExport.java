package congkhai.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import congkhai.model.Urls;
import congkhai.pages.PageSink;
import congkhai.search.SearchAnalyzer;
import congkhai.search.SearchDates;
import congkhai.search.SearchFields;
import congkhai.search.SearchRecord;
import congkhai.search.SearchRecords;
import congkhai.text.Nfc;
import congkhai.text.Tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The site's search records for an OpenSearch (or Elasticsearch) cluster: an index definition and
 * a bulk file. The index's analysis rebuilds what {@link SearchAnalyzer} does from
 * built-in components only (no plugin): folded syllables, pairs of joined syllables, accented
 * syllables. The records and their order are those of the Lucene index, so a portal too large or
 * too busy for static search can serve the same search from a cluster.
 */
public final class OpenSearchExport {

    /** Lowercase letters, digits, '-' and '_', not starting with '-' or '_': what OpenSearch accepts and needs no escaping. */
    public static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    /**
     * The stable identifier of a document (issuer/year/number, see docs/content-format.md §3), or of a
     * task: its document's and {@code #} and the task id. The same number repeats across years and
     * issuers; this does not.
     */
    public static final String IDENTIFIER = "identifier";

    static final String FOLDED = "congkhai_folded";
    static final String PAIRS = "congkhai_pairs";
    static final String EXACT = "congkhai_exact";
    /** Stands for punctuation that keeps two syllables from forming a pair; dropped before pairing. */
    static final String BREAK = "congkhaingat";

    /** A run of letters (any script), decimal digits and marks is a syllable, as {@code Tokens.isWordChar}. */
    static final String NOT_WORD = "[^\\p{L}\\p{Nd}\\p{M}]+";
    /** What is neither a syllable nor a joiner ({@code Tokens.isJoiner}: spaces, '-', '/', en and em dash). */
    static final String NOT_WORD_NOR_JOINER = "[^\\p{L}\\p{Nd}\\p{M}\\p{Z}\\s\\x{1C}-\\x{1F}/\\x{2013}\\x{2014}-]+";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** The body of {@code PUT /<index>}: analysis settings and field mappings. */
    public static Map<String, Object> mapping() {
        Map<String, Object> charFilters = new LinkedHashMap<>();
        charFilters.put("congkhai_strip_marks", ordered("type", "pattern_replace", "pattern", "\\p{M}+", "replacement", ""));
        charFilters.put("congkhai_pair_breaks", ordered("type", "pattern_replace", "pattern", NOT_WORD_NOR_JOINER,
                "replacement", " " + BREAK + " "));

        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("congkhai_length", ordered("type", "length", "min", 1, "max", Tokens.MAX_LENGTH));
        filters.put("congkhai_number", ordered("type", "pattern_replace", "pattern", "^0+(?=[0-9]+$)", "replacement", ""));
        filters.put("congkhai_drop_break", ordered("type", "pattern_replace", "pattern", "^" + BREAK + "$", "replacement", ""));
        Map<String, Object> shingle = new LinkedHashMap<>();
        shingle.put("type", "shingle");
        shingle.put("min_shingle_size", 2);
        shingle.put("max_shingle_size", 2);
        shingle.put("output_unigrams", false);
        shingle.put("token_separator", "_");
        shingle.put("filler_token", "");
        filters.put("congkhai_pair", shingle);
        // a shingle over a dropped break or a gap between two values has an empty side: not a pair
        filters.put("congkhai_whole_pair", ordered("type", "pattern_replace", "pattern", "^_.*|.*_$", "replacement", ""));

        Map<String, Object> analyzers = new LinkedHashMap<>();
        analyzers.put(FOLDED, analyzer(List.of("congkhai_strip_marks"),
                List.of("lowercase", "asciifolding", "congkhai_length", "congkhai_number")));
        analyzers.put(PAIRS, analyzer(List.of("congkhai_strip_marks", "congkhai_pair_breaks"),
                List.of("lowercase", "asciifolding", "congkhai_number", "congkhai_drop_break", "congkhai_length",
                        "congkhai_pair", "congkhai_whole_pair", "congkhai_length")));
        analyzers.put(EXACT, analyzer(List.of(), List.of("lowercase", "congkhai_length", "congkhai_number")));

        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("char_filter", charFilters);
        analysis.put("tokenizer", ordered("congkhai_syllables", ordered("type", "pattern", "pattern", NOT_WORD)));
        analysis.put("filter", filters);
        analysis.put("analyzer", analyzers);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SearchFields.ID, ordered("type", "keyword"));
        properties.put(IDENTIFIER, ordered("type", "keyword"));
        properties.put(SearchFields.URL, ordered("type", "keyword", "index", false));
        properties.put(SearchFields.TYPE, ordered("type", "keyword"));
        properties.put(SearchFields.TYPE_LABEL, ordered("type", "keyword", "index", false));
        for (String field : SearchFields.SYLLABLE_FIELDS.keySet()) {
            properties.put(field, ordered("type", "text", "analyzer", FOLDED, "copy_to", List.of(SearchFields.PAIRS, SearchFields.EXACT)));
        }
        properties.put(SearchFields.PAIRS, ordered("type", "text", "analyzer", PAIRS));
        properties.put(SearchFields.EXACT, ordered("type", "text", "analyzer", EXACT));
        properties.put(SearchFields.AGENCY, ordered("type", "keyword"));
        properties.put(SearchFields.TOPIC, ordered("type", "keyword"));
        properties.put(SearchFields.YEAR, ordered("type", "keyword"));
        properties.put(SearchFields.DATE, ordered("type", "keyword", "index", false));
        properties.put(SearchFields.ISO_DATE, ordered("type", "date", "format", "yyyy-MM-dd||yyyy-MM||yyyy"));
        properties.put(SearchFields.SOURCE, ordered("type", "keyword", "index", false));
        properties.put(SearchFields.ORDER, ordered("type", "integer"));
        // what the site's query also goes by: grouping, filters, dates typed, document numbers
        properties.put(SearchFields.PARENT, ordered("type", "integer"));
        properties.put(SearchFields.DOC_TYPE, ordered("type", "keyword"));
        properties.put(SearchFields.ISSUED_BY, ordered("type", "keyword"));
        properties.put(SearchFields.SIGNED_BY, ordered("type", "keyword"));
        properties.put(SearchFields.STATUS, ordered("type", "keyword"));
        properties.put(SearchFields.DUE, ordered("type", "date", "format", "yyyy-MM-dd"));
        properties.put(SearchFields.DATED, ordered("type", "keyword"));
        properties.put(SearchFields.DATES, ordered("type", "keyword"));
        properties.put(SearchFields.NUMBER_KEY, ordered("type", "keyword"));
        properties.put(SearchFields.STATUS_LABEL, ordered("type", "keyword", "index", false));
        properties.put(SearchFields.LEADS, ordered("type", "keyword", "index", false));
        properties.put(SearchFields.DEADLINE, ordered("type", "keyword", "index", false));

        Map<String, Object> mappings = new LinkedHashMap<>();
        // a field the export does not know is a mistake, not something to guess a type for
        mappings.put("dynamic", "strict");
        mappings.put("properties", properties);
        return ordered("settings", ordered("analysis", analysis), "mappings", mappings);
    }

    /** A map that keeps its keys in the order given: Map.of changes its order from one JVM run to the next. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> analyzer(List<String> charFilters, List<String> filters) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "custom");
        a.put("char_filter", charFilters);
        a.put("tokenizer", "congkhai_syllables");
        a.put("filter", filters);
        // values of one field never pair across their boundary
        a.put("position_increment_gap", 100);
        return a;
    }

    /**
     * Writes the index definition and the bulk file ({@link Urls#openSearchMapping}, {@link Urls#openSearchBulk}) into {@code sink}: one action line and one
     * record line per search record, in the Lucene index's order.
     */
    public void write(List<SearchRecords.Entry> records, URI baseUrl, String index, PageSink sink) {
        if (!INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("not an index name: " + index);
        }
        try {
            try (OutputStream out = sink.open(Urls.openSearchMapping())) {
                json.writerWithDefaultPrettyPrinter().writeValue(out, mapping());
                out.write('\n');
            }
            try (OutputStream out = sink.open(Urls.openSearchBulk()); JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                // one JSON value a line, nothing between them but the line end
                g.setRootValueSeparator(null);
                int parent = 0;
                for (int i = 0; i < records.size(); i++) {
                    SearchRecords.Entry entry = records.get(i);
                    if (entry.task().isEmpty()) {
                        parent = i;
                    }
                    SearchRecord r = SearchRecords.read(entry);
                    json.writeValue(g, ordered("index", ordered("_index", index, "_id", r.id())));
                    g.writeRaw('\n');
                    String identifier = entry.document().identifier() + entry.task().map(t -> "#" + t.localId()).orElse("");
                    json.writeValue(g, document(i, parent, r, identifier, baseUrl));
                    g.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record as the index stores it; texts in NFC, as the Lucene index reads them. */
    static Map<String, Object> document(int order, int parent, SearchRecord r, String identifier, URI baseUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(SearchFields.ID, r.id());
        d.put(IDENTIFIER, identifier);
        d.put(SearchFields.URL, baseUrl + r.url());
        d.put(SearchFields.TYPE, r.type());
        d.put(SearchFields.TYPE_LABEL, r.typeLabel());
        d.put(SearchFields.TITLE, Nfc.of(r.heading()));
        d.put(SearchFields.NUMBER, Nfc.of(r.number()));
        d.put(SearchFields.ISSUER, Nfc.of(r.issuer()));
        d.put(SearchFields.SIGNER, Nfc.of(r.signer()));
        d.put(SearchFields.AGENCIES, r.agencyNames().stream().map(Nfc::of).toList());
        d.put(SearchFields.TOPICS, r.topicNames().stream().map(Nfc::of).toList());
        // each passage a value of its own, as in the Lucene index, so no pair spans two passages
        d.put(SearchFields.BODY, r.passages().subList(1, r.passages().size()));
        d.put(SearchFields.AGENCY, r.agencyIds());
        d.put(SearchFields.TOPIC, r.topicIds());
        d.put(SearchFields.YEAR, Integer.toString(r.year()));
        d.put(SearchFields.DATE, r.date());
        d.put(SearchFields.ISO_DATE, r.isoDate());
        d.put(SearchFields.SOURCE, r.source());
        d.put(SearchFields.ORDER, order);
        d.put(SearchFields.PARENT, parent);
        SearchRecord.Facts facts = r.facts();
        d.put(SearchFields.DOC_TYPE, facts.docType());
        putIfAny(d, SearchFields.ISSUED_BY, facts.issuerId());
        putIfAny(d, SearchFields.SIGNED_BY, congkhai.text.Folding.slug(facts.signer()));
        putIfAny(d, SearchFields.STATUS, facts.status());
        if (facts.due() > 0) {
            d.put(SearchFields.DUE, String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", facts.due() / 10000, facts.due() / 100 % 100,
                    facts.due() % 100));
        }
        // the same day and month terms as the Lucene index: a task is dated by its document
        d.put(SearchFields.DATED, r.type().equals(SearchRecords.TASK) ? List.of() : SearchDates.ofIso(r.isoDate()));
        java.util.Set<String> mentioned = new java.util.TreeSet<>();
        r.passages().forEach(p -> SearchDates.in(p).forEach(f -> mentioned.addAll(SearchDates.terms(f.term()))));
        d.put(SearchFields.DATES, List.copyOf(mentioned));
        putIfAny(d, SearchFields.NUMBER_KEY, r.number().isEmpty() ? "" : congkhai.text.Folding.documentNumberKey(r.number()));
        putIfAny(d, SearchFields.STATUS_LABEL, facts.statusLabel());
        putIfAny(d, SearchFields.LEADS, facts.leads());
        putIfAny(d, SearchFields.DEADLINE, facts.deadline());
        return d;
    }

    private static void putIfAny(Map<String, Object> d, String field, String value) {
        if (!value.isEmpty()) {
            d.put(field, value);
        }
    }
}
