package congkhai.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.search.SearchRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the browser's search data, what a result shows, in packs: the records of a run of
 * {@link #DOCUMENTS_PER_PACK} documents in one file, and their long texts in another. A static host
 * takes thousands of files badly (a deployment's file cap, a file system's blocks), so a reader
 * takes a record or a text page out of its pack by an HTTP range request, as Pagefind and PMTiles
 * read theirs.
 *
 * <p>A record pack is a table of where each entry starts, {@code entries + 1} unsigned 32-bit
 * big-endian byte offsets from the start of the file (the last one is the file's length), then the
 * entries: each a gzip member holding a JSON array of records. A document's records, itself then
 * its tasks, fill entries of at most {@link #PIECE} records; the entries follow the documents'
 * order. The reader knows how many entries a pack has and which is a document's from the task
 * counts in the description, so the table costs it one range of {@code 4 × (entries + 1)} bytes.
 *
 * <p>A record whose text is longer than {@link #INLINE_CHARS} keeps its passages in pages of about
 * {@link #TEXT_PAGE_CHARS} characters in the text pack, each a gzip member of a JSON array; the
 * record lists each page's first passage ({@code pages}) and its byte offset and length in the text
 * pack ({@code at}: offset, length, offset, length, …), so a snippet costs one range.
 */
final class BrowserRecords {

    /** Records per entry of a record pack, a document's tasks after it; a document with more tasks has further entries. */
    static final int PIECE = 8;
    /**
     * Documents per pack. A result costs a reader its pack's table once, 4 bytes an entry, and a
     * request: at 64 documents a pack the tables took a further query at 10,000 documents past its
     * 50 KB (docs/search.md); at 16, a pack holds about 15 KB of records and 65 KB of text, and
     * 10,000 documents take some 1,250 packs.
     */
    static final int DOCUMENTS_PER_PACK = 16;
    /** Above this many chars of text, a record's passages go to pages in the text pack. */
    static final int INLINE_CHARS = 600;
    /**
     * A snippet costs a reader the text page that holds its passage. Pages were 1,200 characters
     * when each was a file; in a pack a page costs nothing on disk, and half the size saves a
     * further query about 3 KB (docs/search.md).
     */
    static final int TEXT_PAGE_CHARS = 600;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BrowserRecords() {
    }

    /**
     * Pack {@code pack}: the records from {@code firstRecord} on, whole documents (each followed by
     * its tasks, as {@code parents} says: a record's document's record number).
     */
    static List<Page> pack(int pack, int firstRecord, List<SearchRecord> records, int[] parents) {
        try {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            List<byte[]> entries = new ArrayList<>();
            for (int k = 0; k < records.size(); ) {
                int document = firstRecord + k;
                int end = k + 1;
                while (end < records.size() && parents[firstRecord + end] == document) {
                    end++;
                }
                for (int from = k; from < end; from += PIECE) {
                    ArrayNode entry = NODES.arrayNode();
                    for (int i = from; i < Math.min(end, from + PIECE); i++) {
                        entry.add(record(records.get(i), text));
                    }
                    entries.add(BrowserIndex.gzip(JSON.writeValueAsBytes(entry)));
                }
                k = end;
            }
            List<Page> pages = new ArrayList<>();
            pages.add(new Page(Urls.searchRecordPack(pack), withTable(entries)));
            if (text.size() > 0) {
                pages.add(new Page(Urls.searchTextPack(pack), text.toByteArray()));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode record(SearchRecord r, ByteArrayOutputStream textPack) throws IOException {
        ObjectNode o = NODES.objectNode();
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
            return o;
        }
        ArrayNode starts = o.putArray("pages");
        ArrayNode at = o.putArray("at");
        int first = 0;
        for (List<String> page : textPages(r.passages())) {
            starts.add(first);
            first += page.size();
            ArrayNode text = NODES.arrayNode();
            page.forEach(text::add);
            byte[] member = BrowserIndex.gzip(JSON.writeValueAsBytes(text));
            at.add(textPack.size());
            at.add(member.length);
            textPack.write(member);
        }
        return o;
    }

    /** The entries after the table of their offsets. */
    private static byte[] withTable(List<byte[]> entries) {
        int table = 4 * (entries.size() + 1);
        long length = table + entries.stream().mapToLong(e -> e.length).sum();
        if (length > Integer.MAX_VALUE) {
            throw new IllegalStateException("a search pack over 2 GB: " + length + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) length);
        int offset = table;
        for (byte[] entry : entries) {
            out.putInt(offset);
            offset += entry.length;
        }
        out.putInt(offset);
        entries.forEach(out::put);
        return out.array();
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
