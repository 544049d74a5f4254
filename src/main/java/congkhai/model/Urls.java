package congkhai.model;


import java.time.YearMonth;
import java.util.List;

/**
 * The site's URL scheme: the one place where the address of every kind of page and file is spelled,
 * as Hugo's {@code page_paths.go} and Zola's {@code get_url} are for theirs. A path here is relative
 * to the site's root, never starts with '/', and names a folder ("co-quan/so-tai-chinh/", written as
 * its {@code index.html}, see {@link #file}) or a file ("atom.xml"). Assembly gives records and tasks
 * their paths from here, render plans its pages by it, search and the exports write their files where
 * it says, and templates call it as {@code urls} (see docs/templates.md), so a path that changes
 * changes once. Only turning a path into a link (the base URL, percent-encoding) is the templates'
 * {@code url(…)}.
 */
public final class Urls {

    private static final String INDEX_FILE = "index.html";
    private static final String FEED_FILE = "atom.xml";

    private static final String DOCUMENTS = "van-ban/";
    private static final String TYPES = "loai/";
    private static final String AGENCIES = "co-quan/";
    private static final String TOPICS = "linh-vuc/";
    private static final String YEARS = "nam/";
    private static final String NUMBERS = "so-hieu/";
    private static final String TRACKER = "nhiem-vu/";
    private static final String TASKS_BY_STATUS = TRACKER + "tinh-trang/";
    private static final String TASKS_BY_LEAD = TRACKER + "chu-tri/";
    private static final String TASKS_BY_SUPPORT = TRACKER + "phoi-hop/";
    private static final String TASKS_BY_TOPIC = TRACKER + "linh-vuc/";
    private static final String TASKS_BY_MONTH = TRACKER + "han/";
    private static final String RANKING = "xep-hang/";
    private static final String OPEN_DATA_PAGE = "du-lieu/";
    private static final String OPEN_DATA_FILES = "data/";
    private static final String SEARCH_PAGE = "tim-kiem/";
    private static final String SEARCH_DATA = "search/";
    private static final String ASSETS = "assets/";
    private static final String PAGE_SEGMENT = "trang/";

    /** The register folder of documents whose issuer is not one of the portal's agencies, or not known. */
    public static final String OTHER_ISSUERS = "khac";
    /** The register folder of the documents whose year is not known. */
    public static final String UNKNOWN_YEAR = "chua-ro-nam";

    /** The names of the open data files in {@link #openDataFile}, in the order they are written. */
    public static final List<String> OPEN_DATA_NAMES = List.of("documents.json", "tasks.json", "progress.json",
            "documents.csv", "tasks.csv", "progress.csv", "periods.json", "periods.csv");

    private Urls() {
    }

    // the site as a whole

    public static String home() {
        return "";
    }

    public static String notFound() {
        return "404.html";
    }

    public static String robots() {
        return "robots.txt";
    }

    public static String sitemap() {
        return "sitemap.xml";
    }

    /**
     * File {@code number} (1-based) of a sitemap split because its URLs are more than one file may hold;
     * {@link #sitemap} is then the index of these files.
     */
    public static String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }

    /** The feed of the newest documents. */
    public static String feed() {
        return FEED_FILE;
    }

    /** The feed that goes with the list at {@code folder}: a type's documents, an agency's status changes. */
    public static String feedOf(String folder) {
        return folder + FEED_FILE;
    }

    /** A file of the theme's {@code assets/} folder, or one the build makes there. */
    public static String asset(String name) {
        return ASSETS + name;
    }

    /** The stylesheet of the task table's filters by lead agency, made from the config's agencies. */
    public static String agencyFilterCss() {
        return asset("loc-co-quan.css");
    }

    /**
     * First folders of generated pages, theme assets and search files, which records and old
     * addresses cannot use.
     */
    public static List<String> reservedFolders() {
        return List.of(DOCUMENTS, TYPES, AGENCIES, TOPICS, YEARS, TRACKER, NUMBERS, RANKING, OPEN_DATA_PAGE,
                OPEN_DATA_FILES, ASSETS, SEARCH_DATA, SEARCH_PAGE);
    }

    // files and pages

    /** The file a path is written to: a folder path ("loai/ke-hoach/") as its index.html, a file path as itself. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + INDEX_FILE : path;
    }

    /** The path a file is reached at: the folder of an index.html, any other file itself. */
    public static String pathOfFile(String file) {
        return file.endsWith(INDEX_FILE) ? file.substring(0, file.length() - INDEX_FILE.length()) : file;
    }

    /** Page {@code number} (1-based) of the paginated list at {@code folder}: the first at the folder itself. */
    public static String page(String folder, int number) {
        return number == 1 ? folder : folder + PAGE_SEGMENT + number + "/";
    }

    // documents and their lists

    /** A document's page, at its record's id: the record content/a/b.md is at a/b/. */
    public static String document(String recordId) {
        return recordId + "/";
    }

    /** A file attached to a record keeps its path under content/. */
    public static String attachment(String contentPath) {
        return contentPath;
    }

    public static String documents() {
        return DOCUMENTS;
    }

    public static String types() {
        return TYPES;
    }

    public static String type(DocType type) {
        return TYPES + type.slug() + "/";
    }

    public static String agencies() {
        return AGENCIES;
    }

    /** An agency's page: the documents it issued, and the tasks it leads or supports. */
    public static String agency(Agency agency) {
        return AGENCIES + agency.id() + "/";
    }

    public static String topics() {
        return TOPICS;
    }

    public static String topic(Topic topic) {
        return TOPICS + topic.id() + "/";
    }

    public static String years() {
        return YEARS;
    }

    public static String year(int year) {
        return YEARS + year + "/";
    }

    // document numbers

    /** The index of the registers by issuer and year. */
    public static String numbers() {
        return NUMBERS;
    }

    /** The page of every document with one number; {@code slug} is unique among the site's numbers. */
    public static String number(String slug) {
        return NUMBERS + slug + "/";
    }

    /**
     * An issuer's register of a year: {@code issuer} is an agency's id or {@link #OTHER_ISSUERS},
     * {@code year} a year or {@link #UNKNOWN_YEAR}.
     */
    public static String register(String issuer, String year) {
        return NUMBERS + issuer + "/" + year + "/";
    }

    /**
     * Where a number that one document alone bears is listed: that document's entry in its register
     * ({@link #register}), since a page of one document would only repeat the entry.
     */
    public static String numberInRegister(String issuer, String year, String slug) {
        return register(issuer, year) + "#" + numberAnchor(slug);
    }

    /** The id of a number's entry in a register, for {@link #numberInRegister}. */
    public static String numberAnchor(String slug) {
        return "so-" + slug;
    }

    /** The register folder of other issuers: {@link #OTHER_ISSUERS}, or with -2, -3 when an agency has that id. */
    public static String otherIssuers(java.util.Set<String> agencyIds) {
        String folder = OTHER_ISSUERS;
        for (int i = 2; agencyIds.contains(folder); i++) {
            folder = OTHER_ISSUERS + "-" + i;
        }
        return folder;
    }

    // tasks

    public static String task(String documentId, String localId) {
        return document(documentId) + localId + "/";
    }

    /** A task where it is given, in its document's table. */
    public static String taskInDocument(String documentId, String localId) {
        return document(documentId) + "#" + localId;
    }

    /** The tracker's front page. */
    public static String tracker() {
        return TRACKER;
    }

    /** The feed of every task's status changes. */
    public static String trackerFeed() {
        return feedOf(TRACKER);
    }

    /** The tasks of one status; {@code statusSlug} is the status's own ({@code TaskStatus.slug}). */
    public static String tasksWithStatus(String statusSlug) {
        return TASKS_BY_STATUS + statusSlug + "/";
    }

    public static String tasksLedBy(Agency agency) {
        return TASKS_BY_LEAD + agency.id() + "/";
    }

    public static String tasksSupportedBy(Agency agency) {
        return TASKS_BY_SUPPORT + agency.id() + "/";
    }

    public static String tasksOfTopic(Topic topic) {
        return TASKS_BY_TOPIC + topic.id() + "/";
    }

    /** The tasks due in a month: nhiem-vu/han/2025-06/. */
    public static String tasksDueIn(YearMonth month) {
        return TASKS_BY_MONTH + month + "/";
    }

    public static String tasksWithoutDue() {
        return TASKS_BY_MONTH + "khong-thoi-han/";
    }

    public static String tasksDueSoon() {
        return TRACKER + "sap-den-han/";
    }

    /** The tasks not reported done and not cancelled. */
    public static String openTasks() {
        return TRACKER + "chua-hoan-thanh/";
    }

    public static String doneTasks() {
        return TRACKER + "da-hoan-thanh/";
    }

    /** The documents that give tasks, with how their tasks stand. */
    public static String tasksByDocument() {
        return TRACKER + "van-ban/";
    }

    /** The agencies ranked by their tasks' outcomes. */
    public static String ranking() {
        return RANKING;
    }

    // open data, search and exports

    /** The page that lists the open data files. */
    public static String openData() {
        return OPEN_DATA_PAGE;
    }

    /** One of the open data files, by one of {@link #OPEN_DATA_NAMES}. */
    public static String openDataFile(String name) {
        return OPEN_DATA_FILES + name;
    }

    /** Every open data file, known before they are made. */
    public static List<String> openDataFiles() {
        return OPEN_DATA_NAMES.stream().map(Urls::openDataFile).toList();
    }

    public static String search() {
        return SEARCH_PAGE;
    }

    /** The folder of the browser's search data, which search.js is given. */
    public static String searchData() {
        return SEARCH_DATA;
    }

    /** The file that names the browser's other search files; written last. */
    public static String searchIndex() {
        return SEARCH_DATA + "index.json.gz";
    }

    /**
     * A pack of the browser's term lists: shards and the lists of terms in many records, entries a
     * reader takes by HTTP range where the description says they are (export.BrowserIndex).
     */
    public static String searchTermPack(int pack) {
        return SEARCH_DATA + "terms/" + pack + ".pack";
    }

    /**
     * A pack of the browser's search records: the records of a run of documents (each document's
     * record and its tasks'), in entries a reader takes by HTTP range, after a table of where each
     * entry starts (export.BrowserRecords).
     */
    public static String searchRecordPack(int pack) {
        return SEARCH_DATA + "records/" + pack + ".pack";
    }

    /** The text of the long records of the same run of documents, in entries its records point at. */
    public static String searchTextPack(int pack) {
        return SEARCH_DATA + "text/" + pack + ".pack";
    }

    /** The tasks' due days, by which the browser filters tasks by deadline. */
    public static String searchDeadlines() {
        return SEARCH_DATA + "due.json.gz";
    }

    /** The folder of the Lucene index, for {@code congkhai search} and the preview's search. */
    public static String luceneIndex() {
        return SEARCH_DATA + "lucene/";
    }

    /** {@code export --format opensearch}: the index definition, the body of PUT /INDEX. */
    public static String openSearchMapping() {
        return "mapping.json";
    }

    /** {@code export --format opensearch}: the documents, the body of POST /_bulk. */
    public static String openSearchBulk() {
        return "documents.ndjson";
    }
}
