package congkhai.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of the Lucene index and how much a match in each counts. */
public final class SearchFields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TYPE = "type";
    public static final String TYPE_LABEL = "typeLabel";
    public static final String TITLE = "title";
    public static final String NUMBER = "number";
    public static final String ISSUER = "issuer";
    public static final String SIGNER = "signer";
    public static final String AGENCIES = "agencies";
    public static final String TOPICS = "topics";
    public static final String BODY = "body";
    /** Adjacent syllables as one term, "quy_hoach", from every text field. */
    public static final String PAIRS = "pairs";
    /** Accented syllables as written, "hoạch", from every text field. */
    public static final String EXACT = "exact";
    public static final String AGENCY = "agency";
    public static final String TOPIC = "topic";
    public static final String YEAR = "year";
    public static final String DATE = "date";
    public static final String ISO_DATE = "isoDate";
    public static final String SOURCE = "source";
    public static final String PASSAGE = "passage";
    /** The record number of a record's document (its own for a document): results group by it. */
    public static final String PARENT = "parent";
    /** Filters a task shares with its document, so a filter keeps a document's tasks under it. */
    public static final String DOC_TYPE = "doctype";
    public static final String ISSUED_BY = "issuedBy";
    public static final String SIGNED_BY = "signedBy";
    /** A task's status code, for the status filter. */
    public static final String STATUS = "status";
    /** A task's deadline as yyyymmdd, for the deadline range filter. */
    public static final String DUE = "due";
    public static final String STATUS_LABEL = "statusLabel";
    public static final String LEADS = "leads";
    public static final String DEADLINE = "deadline";
    /** A record's own date as day and month terms ("2023-05-27", "2023-05"): a date typed finds what is dated so. */
    public static final String DATED = "dated";
    /** The days and months its text mentions, as the same terms. */
    public static final String DATES = "dates";
    /**
     * A document's number as {@link congkhai.text.Folding#documentNumberKey} keys it ("7/TB-UBND" for
     * "07/TB-UBND"): a number typed puts the documents carrying it first.
     */
    public static final String NUMBER_KEY = "numberKey";
    /** The record's number, its place in date order, newest first; Lucene's document numbers follow no order. */
    public static final String ORDER = "order";

    /** The text fields a syllable is looked up in, with their weights. */
    public static final Map<String, Float> SYLLABLE_FIELDS;

    static {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(TITLE, 3f);
        m.put(NUMBER, 4f);
        m.put(ISSUER, 1.5f);
        m.put(SIGNER, 2f);
        m.put(AGENCIES, 1.5f);
        m.put(TOPICS, 1.5f);
        m.put(BODY, 1f);
        SYLLABLE_FIELDS = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * In {@link #BODY}, {@link #PAIRS} and {@link #EXACT}, a term's position is the number of the
     * passage it is in (the heading is 0), so the first position of a term in a record is where a
     * snippet shows it; terms of the record's other texts (number, issuer, signer, agencies, topics)
     * sit from this position on.
     */
    public static final int OTHER_TEXTS_POSITION = 1 << 20;

    /** The date fields a date typed is looked up in, with their weights: a record dated so before one that mentions it. */
    public static final Map<String, Float> DATE_FIELDS = Map.of(DATED, 4f, DATES, 1.5f);

    public static final float PAIR_WEIGHT = 10f;

    /**
     * BM25 for the index and both searchers. Its length normalisation is milder than Lucene's
     * default (b 0.75): a long report that discusses a subject at length should not lose to a one-line
     * task that names it once. The field lengths count every term, as if each had a position of
     * its own (passage-numbered positions put many terms at one).
     */
    public static org.apache.lucene.search.similarities.Similarity similarity() {
        return new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.4f, false);
    }
    public static final float EXACT_WEIGHT = 3f;

    private SearchFields() {
    }
}
