package congkhai.export;

import congkhai.model.Agency;
import congkhai.pages.PageSink;
import congkhai.search.BrowserFiles;
import congkhai.search.SearchRecord;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The browser's search files ({@link BrowserRecords}, {@link BrowserIndex}) as the search stage makes them, piece by piece and then the terms. */
public final class BrowserSearchFiles implements BrowserFiles {

    /** Each document's records (itself, then its tasks) cut into pieces of {@link BrowserRecords#PIECE}. */
    @Override
    public List<Piece> pieces(int[] parents) {
        List<Piece> pieces = new ArrayList<>();
        for (int from = 0; from < parents.length; ) {
            int document = parents[from];
            int to = from + 1;
            while (to < parents.length && parents[to] == document && to - from < BrowserRecords.PIECE) {
                to++;
            }
            pieces.add(new Piece(from, to, document, (from - document) / BrowserRecords.PIECE));
            from = to;
        }
        return pieces;
    }

    @Override
    public void piece(Piece piece, List<SearchRecord> records, PageSink sink) {
        BrowserRecords.piece(piece.document(), piece.number(), piece.from(), records).forEach(sink::accept);
    }

    @Override
    public void indexed(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<Agency> agencies, PageSink sink)
            throws IOException {
        new BrowserIndex(reader, recordCount, aliases, agencies).writeTerms(sink);
    }
}
