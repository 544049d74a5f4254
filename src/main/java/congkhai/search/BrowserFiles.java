package congkhai.search;

import congkhai.model.Agency;
import congkhai.pages.PageSink;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.List;

/**
 * The browser's search files, made alongside the index by the export stage (congkhai.export): each
 * piece of records as indexing reads it, so no record is read twice nor held longer than its piece,
 * then the term shards from the finished index. A piece is whole documents, each with its tasks.
 */
public interface BrowserFiles {

    /**
     * A run of records that the browser stores together, indexing's unit of work: whole documents,
     * each followed by its tasks.
     *
     * @param from   the first record's number, a document's
     * @param to     the number after the last record's
     * @param number the piece's number, from 0 in record order
     */
    record Piece(int from, int to, int number) {
    }

    /** The records cut into pieces, in record order, given each record's document's record number. */
    List<Piece> pieces(int[] parents);

    /**
     * The files of {@code piece}, made from its records ({@code parents}: each record's document's
     * record number, for all records); called from many indexing threads at once.
     */
    void piece(Piece piece, List<SearchRecord> records, int[] parents, PageSink sink);

    /** The files made from the whole index, one segment in record order, once every piece is in. */
    void indexed(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<Agency> agencies, PageSink sink)
            throws IOException;
}
