package congkhai.search;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Makes the Lucene index of a build the same bytes every time the same records are indexed, so that
 * two builds of the same sources write identical files.
 *
 * <p>An {@link IndexWriter} numbers documents and fields in the order they arrive, names segments by
 * how many it flushed, and stamps each segment and commit with a random id
 * ({@code StringHelper.randomId}, seeded per JVM from {@code /dev/urandom}), the time and the
 * machine. Lucene has no switch for any of it. So the records are indexed into scratch indexes
 * first, one per run of records (each added in order by one thread, a few runs per thread, so how
 * the records are cut into runs depends on the machine and must not matter), then copied into the
 * real one by one writer on one thread: a document that declares every field in the order of their
 * names fixes the fields' numbers (it is deleted before anything else is added, so no trace of it
 * is left), the index sort on {@link SearchFields#ORDER} puts documents in record order, and
 * {@link IndexWriter#addIndexes(CodecReader...)} makes one segment out of all the scratch segments,
 * writing every document and term anew, so the segment does not depend on how the scratch indexes
 * were cut. Last, the random ids and the diagnostics
 * (time, operating system, Java version) are replaced: the ids by ones derived from the index's
 * content, which keeps them unique to an index as Lucene means them to be, and the diagnostics by the
 * Lucene version alone.
 */
final class ReproducibleIndex {

    /** Scratch files share the index's folder under this prefix and are deleted before it is published. */
    private static final String SCRATCH = "scratch-";
    private static final String SEGMENT_INFO_EXTENSION = ".si";

    /** Documents in record order, whichever thread added them. */
    static final Sort SORT = new Sort(new SortField(SearchFields.ORDER, SortField.Type.LONG));

    private ReproducibleIndex() {
    }

    /** The part of {@code dir} that scratch index number {@code run} is written into. */
    static Directory scratch(Directory dir, int run) {
        return new Namespace(dir, SCRATCH + run + "-");
    }

    /**
     * Copies the scratch indexes {@code 0 .. runs - 1} in {@code dir} into {@code dir} itself as one
     * segment, documents sorted by {@link SearchFields#ORDER}, fixed ids, then deletes the scratch files.
     * A scratch index need not be sorted: its documents are sorted as they are copied, and where
     * they are in order already, as one thread adds them, there is nothing to sort.
     *
     * @param config     a new configuration like the scratch writers': same codec and similarity,
     *                   and {@link #SORT}
     * @param commitData what the index's commit carries
     */
    static void publish(Directory dir, int runs, Supplier<IndexWriterConfig> config, Map<String, String> commitData)
            throws IOException {
        Directory target = new Namespace(dir, "");
        List<DirectoryReader> readers = new ArrayList<>();
        try {
            List<CodecReader> leaves = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                DirectoryReader reader = DirectoryReader.open(scratch(dir, run));
                readers.add(reader);
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaves.add(SortingCodecReader.wrap((CodecReader) leaf.reader(), SORT));
                }
            }
            IndexWriterConfig c = config.get();
            c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            c.setCommitOnClose(true);
            try (IndexWriter writer = new IndexWriter(target, c)) {
                writer.addDocument(schema(leaves));
                // not MatchAllDocsQuery itself: IndexWriter turns that into deleteAll, which forgets the fields' numbers
                writer.deleteDocuments(new ConstantScoreQuery(new MatchAllDocsQuery()));
                writer.addIndexes(leaves.toArray(CodecReader[]::new));
                writer.setLiveCommitData(new TreeMap<>(commitData).entrySet());
            }
        } finally {
            IOUtils.close(readers);
        }
        for (int run = 0; run < runs; run++) {
            Directory scratch = scratch(dir, run);
            for (String file : scratch.listAll()) {
                scratch.deleteFile(file);
            }
        }
        fixIds(target);
    }

    /**
     * A document with every field of the index, in the order of their names: the first document a
     * writer sees numbers its fields. Each field is declared with its index options and doc values,
     * what Lucene's schema checks compare; stored-only fields get an empty stored value.
     */
    private static Document schema(List<CodecReader> leaves) {
        Map<String, FieldInfo> fields = new TreeMap<>();
        for (CodecReader leaf : leaves) {
            for (FieldInfo f : leaf.getFieldInfos()) {
                fields.putIfAbsent(f.name, f);
            }
        }
        Document doc = new Document();
        for (FieldInfo f : fields.values()) {
            boolean declared = false;
            if (f.getIndexOptions() != IndexOptions.NONE) {
                FieldType type = new FieldType();
                type.setIndexOptions(f.getIndexOptions());
                type.setOmitNorms(f.omitsNorms());
                type.setTokenized(true);
                type.setStoreTermVectors(f.hasVectors());
                type.freeze();
                doc.add(new Field(f.name, "", type));
                declared = true;
            }
            if (f.getDocValuesType() == DocValuesType.NUMERIC) {
                doc.add(new NumericDocValuesField(f.name, 0));
                declared = true;
            } else if (f.getDocValuesType() != DocValuesType.NONE || f.getPointDimensionCount() > 0
                    || f.getVectorDimension() > 0) {
                throw new IllegalStateException("the search index has a kind of field it cannot copy: " + f.name);
            }
            if (!declared) {
                doc.add(new StoredField(f.name, ""));
            }
        }
        return doc;
    }

    /**
     * Replaces the random ids of the one segment in {@code dir} and of its commit, and the segment's
     * diagnostics. Every file of a segment starts with the segment's id and ends with a checksum; the
     * segment info and the commit point hold the ids too.
     */
    private static void fixIds(Directory dir) throws IOException {
        SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
        SegmentInfos commitPoint = new SegmentInfos(infos.getIndexCreatedVersionMajor());
        commitPoint.counter = infos.counter;
        commitPoint.version = infos.version;
        commitPoint.setUserData(new TreeMap<>(infos.getUserData()), false);
        commitPoint.setNextWriteGeneration(infos.getGeneration());
        if (infos.size() == 0) {
            // a site without records: a commit point alone
            writeCommitPoint(dir, commitPoint, infos.getSegmentsFileName(), sha256().digest());
            return;
        }
        if (infos.size() != 1 || infos.info(0).getDelCount() != 0 || infos.info(0).hasFieldUpdates()) {
            throw new IllegalStateException("the search index is not one segment without deletions: " + infos);
        }
        SegmentInfo segment = infos.info(0).info;
        String infoFile = segment.name + SEGMENT_INFO_EXTENSION;
        List<String> files = new ArrayList<>(new TreeSet<>(segment.files()));
        files.remove(infoFile);

        byte[] digest = contentDigest(dir, files, segment.getId());
        byte[] segmentId = id(digest, "segment");
        for (String file : files) {
            rewriteId(dir, file, segment.getId(), segmentId);
        }

        Map<String, String> diagnostics = new TreeMap<>();
        diagnostics.put("lucene.version", Version.LATEST.toString());
        SegmentInfo fixed = new SegmentInfo(dir, segment.getVersion(), segment.getMinVersion(), segment.name,
                segment.maxDoc(), segment.getUseCompoundFile(), segment.getHasBlocks(), segment.getCodec(),
                diagnostics, segmentId, new TreeMap<>(segment.getAttributes()), segment.getIndexSort());
        fixed.setFiles(new HashSet<>(segment.files()));
        dir.deleteFile(infoFile);
        segment.getCodec().segmentInfoFormat().write(dir, fixed, IOContext.DEFAULT);

        commitPoint.add(new SegmentCommitInfo(fixed, 0, 0, -1, -1, -1, id(digest, "commit")));
        writeCommitPoint(dir, commitPoint, infos.getSegmentsFileName(), digest);
    }

    /** Writes {@code commitPoint} over {@code segmentsFile}, with a header id made from {@code digest}. */
    private static void writeCommitPoint(Directory dir, SegmentInfos commitPoint, String segmentsFile, byte[] digest)
            throws IOException {
        byte[] bytes;
        try (ByteBuffersDirectory memory = new ByteBuffersDirectory()) {
            try (IndexOutput out = memory.createOutput(segmentsFile, IOContext.DEFAULT)) {
                commitPoint.write(out);
            }
            try (IndexInput in = memory.openInput(segmentsFile, IOContext.READONCE)) {
                bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
            }
        }
        // the commit point's own header id is drawn afresh by SegmentInfos.write
        int idAt = CodecUtil.headerLength("segments");
        System.arraycopy(id(digest, "segments"), 0, bytes, idAt, 16);
        String rewritten = segmentsFile + ".rewrite";
        try (IndexOutput out = dir.createOutput(rewritten, IOContext.DEFAULT)) {
            out.writeBytes(bytes, 0, bytes.length - CodecUtil.footerLength());
            CodecUtil.writeFooter(out);
        }
        dir.deleteFile(segmentsFile);
        dir.rename(rewritten, segmentsFile);
        dir.sync(List.of(segmentsFile));
        dir.syncMetaData();
    }

    /** A digest of the names and contents of {@code files}, with the segment id left out. */
    private static byte[] contentDigest(Directory dir, List<String> files, byte[] segmentId) throws IOException {
        MessageDigest sha = sha256();
        byte[] zeros = new byte[segmentId.length];
        for (String file : files) {
            try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                CRC32 crc = new CRC32();
                transfer(in, in.length() - CodecUtil.footerLength(), segmentId, zeros, crc::update);
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update(longBytes(in.length()));
                sha.update(longBytes(crc.getValue()));
            }
        }
        return sha.digest();
    }

    /**
     * Copies {@code file} with {@code newId} wherever it had {@code oldId} and a new checksum, then puts
     * the copy in its place. A file holds the id in its header, and some hold more headers inside
     * (the terms dictionary's metadata carries the postings format's): the id is 16 random bytes,
     * found nowhere else.
     */
    private static void rewriteId(Directory dir, String file, byte[] oldId, byte[] newId) throws IOException {
        String rewritten = file + ".rewrite";
        try (IndexInput in = dir.openInput(file, IOContext.READONCE);
             IndexOutput out = dir.createOutput(rewritten, IOContext.DEFAULT)) {
            if (CodecUtil.readBEInt(in) != CodecUtil.CODEC_MAGIC) {
                throw new IllegalStateException("not a Lucene file with a header: " + file);
            }
            in.seek(0);
            transfer(in, in.length() - CodecUtil.footerLength(), oldId, newId, (b, off, len) -> out.writeBytes(b, off, len));
            CodecUtil.writeFooter(out);
        }
        dir.deleteFile(file);
        dir.rename(rewritten, file);
    }

    private interface Bytes {
        void accept(byte[] b, int off, int len) throws IOException;
    }

    /** Passes the bytes of {@code in} up to {@code end} to {@code to}, with every {@code from} replaced by {@code by}. */
    private static void transfer(IndexInput in, long end, byte[] from, byte[] by, Bytes to) throws IOException {
        int overlap = from.length - 1;
        byte[] buffer = new byte[(1 << 16) + overlap];
        int have = 0;
        for (long left = end - in.getFilePointer(); left > 0 || have > 0; ) {
            int n = (int) Math.min(buffer.length - have, left);
            in.readBytes(buffer, have, n);
            left -= n;
            have += n;
            for (int i = 0; i + from.length <= have; i++) {
                if (buffer[i] == from[0] && Arrays.equals(buffer, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(by, 0, buffer, i, by.length);
                }
            }
            // the last bytes may be the start of an id that the next read completes
            int keep = left > 0 ? Math.min(overlap, have) : 0;
            to.accept(buffer, 0, have - keep);
            System.arraycopy(buffer, have - keep, buffer, 0, keep);
            have = keep;
        }
    }

    private static byte[] id(byte[] digest, String what) {
        MessageDigest sha = sha256();
        sha.update(digest);
        sha.update(what.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(sha.digest(), 16);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The files of {@code dir} whose names start with {@code prefix}, seen without it; with an empty
     * prefix, the files that have no scratch prefix. Two indexes share one folder this way: the
     * output stage gives the search stage one folder, and Lucene finds its commit by listing it.
     */
    private static final class Namespace extends FilterDirectory {
        private final String prefix;

        Namespace(Directory in, String prefix) {
            super(in);
            this.prefix = prefix;
        }

        private boolean mine(String file) {
            return prefix.isEmpty() ? !file.startsWith(SCRATCH) : file.startsWith(prefix);
        }

        @Override
        public String[] listAll() throws IOException {
            return Arrays.stream(in.listAll()).filter(this::mine).map(f -> f.substring(prefix.length()))
                    .sorted().toArray(String[]::new);
        }

        @Override
        public void deleteFile(String name) throws IOException {
            in.deleteFile(prefix + name);
        }

        @Override
        public long fileLength(String name) throws IOException {
            return in.fileLength(prefix + name);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return in.createOutput(prefix + name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefixOfName, String suffix, IOContext context) throws IOException {
            IndexOutput out = in.createTempOutput(prefix + prefixOfName, suffix, context);
            // Lucene opens and deletes a temporary file by the name its output reports
            return new FilterIndexOutput(out.toString(), out.getName().substring(prefix.length()), out) {
            };
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            in.sync(names.stream().map(n -> prefix + n).toList());
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            in.rename(prefix + source, prefix + dest);
        }

        @Override
        public IndexInput openInput(String name, IOContext context) throws IOException {
            return in.openInput(prefix + name, context);
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            return in.obtainLock(prefix + name);
        }

        @Override
        public Set<String> getPendingDeletions() throws IOException {
            Set<String> pending = new TreeSet<>();
            for (String f : in.getPendingDeletions()) {
                if (mine(f)) {
                    pending.add(f.substring(prefix.length()));
                }
            }
            return pending;
        }

        /** The folder is the caller's: closing a view of it leaves it open. */
        @Override
        public void close() {
        }
    }
}
