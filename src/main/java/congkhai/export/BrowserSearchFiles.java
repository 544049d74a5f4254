package congkhai.export;

import congkhai.model.Agency;
import congkhai.pages.PageSink;
import congkhai.search.BrowserFiles;
import congkhai.search.SearchRecord;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The browser's search files ({@link BrowserRecords}, {@link BrowserIndex}) as the search stage makes them, pack by pack and then the terms. */
public final class BrowserSearchFiles implements BrowserFiles {

    /** The records of each run of {@link BrowserRecords#DOCUMENTS_PER_PACK} documents, with their tasks. */
    @Override
    public List<Piece> pieces(int[] parents) {
        List<Piece> packs = new ArrayList<>();
        int from = 0;
        int documents = 0;
        for (int record = 0; record < parents.length; record++) {
            boolean documentStarts = parents[record] == record;
            if (documentStarts && documents == BrowserRecords.DOCUMENTS_PER_PACK) {
                packs.add(new Piece(from, record, packs.size()));
                from = record;
                documents = 0;
            }
            if (documentStarts) {
                documents++;
            }
        }
        if (from < parents.length) {
            packs.add(new Piece(from, parents.length, packs.size()));
        }
        return packs;
    }

    @Override
    public void piece(Piece pack, List<SearchRecord> records, int[] parents, PageSink sink) {
        BrowserRecords.pack(pack.number(), pack.from(), records, parents).forEach(sink::accept);
    }

    @Override
    public void indexed(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<Agency> agencies, PageSink sink)
            throws IOException {
        new BrowserIndex(reader, recordCount, aliases, agencies).writeTerms(sink);
    }
}
