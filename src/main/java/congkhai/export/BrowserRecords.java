package congkhai.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.search.SearchRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the browser's search data, what a result shows: a document's record and its
 * tasks' records in one file (a result shows a document with its best tasks, so they come in one
 * request), and the text of long records in pages, fetched only for the snippet a result needs.
 */
final class BrowserRecords {

    /** Records per file, a document's tasks after it; a document with more tasks has further files. */
    static final int PIECE = 8;
    /** Above this many chars of text, a record's passages go to separate text pages. */
    static final int INLINE_CHARS = 600;
    static final int TEXT_PAGE_CHARS = 1200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BrowserRecords() {
    }

    /**
     * The records from {@code firstRecord} on, piece {@code piece} of the document at record
     * {@code documentRecord}, in one file, and their text pages.
     */
    static List<Page> piece(int documentRecord, int piece, int firstRecord, List<SearchRecord> records) {
        try {
            List<Page> pages = new ArrayList<>();
            ArrayNode chunk = NODES.arrayNode();
            for (int k = 0; k < records.size(); k++) {
                int doc = firstRecord + k;
                SearchRecord r = records.get(k);
                ObjectNode o = chunk.addObject();
                o.put("id", r.id());
                o.put("url", r.url());
                o.put("type", r.type());
                o.put("label", r.typeLabel());
                o.put("title", r.heading());
                o.put("number", r.number());
                o.put("date", r.date());
                o.put("issuer", r.issuer());
                o.put("source", r.source());
                if (!r.facts().status().isEmpty()) {
                    o.put("status", r.facts().status());
                    o.put("statusLabel", r.facts().statusLabel());
                    o.put("leads", r.facts().leads());
                    o.put("deadline", r.facts().deadline());
                }
                int chars = r.passages().stream().mapToInt(String::length).sum();
                if (chars <= INLINE_CHARS) {
                    ArrayNode text = o.putArray("text");
                    r.passages().forEach(text::add);
                } else {
                    ArrayNode starts = o.putArray("pages");
                    List<List<String>> textPages = textPages(r.passages());
                    int first = 0;
                    for (int p = 0; p < textPages.size(); p++) {
                        starts.add(first);
                        first += textPages.get(p).size();
                        ArrayNode text = NODES.arrayNode();
                        textPages.get(p).forEach(text::add);
                        pages.add(new Page(Urls.searchText(doc, p), BrowserIndex.gzip(JSON.writeValueAsBytes(text))));
                    }
                }
            }
            pages.add(new Page(Urls.searchRecords(documentRecord, piece), BrowserIndex.gzip(JSON.writeValueAsBytes(chunk))));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> textPages(List<String> passages) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String p : passages) {
            if (!current.isEmpty() && chars + p.length() > TEXT_PAGE_CHARS) {
                out.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(p);
            chars += p.length();
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

}
