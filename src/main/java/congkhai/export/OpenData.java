package congkhai.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import congkhai.assemble.Site;
import congkhai.base.Parallel;
import congkhai.model.Agency;
import congkhai.model.DocLink;
import congkhai.model.Task;
import congkhai.model.Topic;
import congkhai.model.Update;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.pages.PageSink;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The open data files of the contract, /data/{documents,tasks,progress}.{json,csv}: the same facts
 * the pages show, for anyone to reuse. The CSV starts with a UTF-8 byte order mark and uses CRLF, so
 * spreadsheet programs open the Vietnamese text correctly.
 */
public final class OpenData {

    /** The paths of the files {@link #write} makes, in its order, known before making them. */
    private static final List<String> FILES = Urls.openDataFiles();

    // rows are written one by one as they are made; with INDENT_OUTPUT and no flush per row, the bytes are
    // those of the whole list written at once
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** The open data files, in memory: what a preview compares. */
    public List<Page> pages(Site site) {
        Map<String, ByteArrayOutputStream> files = new ConcurrentHashMap<>();
        write(site, new PageSink() {
            @Override
            public void accept(Page page) {
                throw new UnsupportedOperationException("open data files are written as streams");
            }

            @Override
            public OutputStream open(String path) {
                return files.computeIfAbsent(path, p -> new ByteArrayOutputStream());
            }
        });
        List<Page> pages = new ArrayList<>();
        FILES.forEach(path -> pages.add(new Page(path, files.get(path).toByteArray())));
        return pages;
    }

    // the CSV header rows, written even when a file has no rows (docs/open-data.md promises one)
    private static final List<String> DOCUMENT_COLUMNS = List.of("id", "type", "title", "number", "date", "issuer", "issuer_name", "signer", "signer_position", "topics", "refs", "tasks", "url", "directives", "identifier");
    private static final List<String> TASK_COLUMNS = List.of("id", "record", "title", "lead", "leads", "support", "due", "due_date", "due_text", "status", "status_label", "percent", "updated", "url", "reported", "counted", "parent", "subtasks", "due_expected", "recurrence", "recurrence_text", "period", "topics");
    private static final List<String> PROGRESS_COLUMNS = List.of("task", "date", "status", "percent", "note", "evidence", "source", "period");
    private static final List<String> PERIOD_COLUMNS = List.of("task", "period", "period_label", "due_date", "status", "status_label", "current", "reports", "done_date");

    /**
     * Writes the open data files into {@code sink} row by row: for a large portal they are hundreds of
     * megabytes, more than a build should hold in memory.
     */
    public void write(Site site, PageSink sink) {
        String base = site.config().baseUrl().toString();
        List<FileWrite> files = List.of(
                () -> writeJson(sink, FILES.get(0), documentRows(site, base)),
                () -> writeJson(sink, FILES.get(1), taskRows(site, base)),
                () -> writeJson(sink, FILES.get(2), progressRows(site)),
                () -> writeCsv(sink, FILES.get(3), DOCUMENT_COLUMNS, documentRows(site, base)),
                () -> writeCsv(sink, FILES.get(4), TASK_COLUMNS, taskRows(site, base)),
                () -> writeCsv(sink, FILES.get(5), PROGRESS_COLUMNS, progressRows(site)),
                () -> writeJson(sink, FILES.get(6), periodRows(site)),
                () -> writeCsv(sink, FILES.get(7), PERIOD_COLUMNS, periodRows(site)));
        // each file is made from the site alone: at 10,000 records the eight took three seconds on one core
        Parallel.forEach(files, file -> {
            try {
                file.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface FileWrite {
        void write() throws IOException;
    }

    private static Stream<Map<String, Object>> documentRows(Site site, String base) {
        return site.documents().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("type", d.type().code());
            m.put("title", d.title());
            m.put("number", d.number());
            m.put("date", d.date().iso());
            m.put("issuer", d.issuer().map(Agency::id).orElse(null));
            m.put("issuer_name", d.issuer().map(Agency::name).orElse(null));
            m.put("signer", d.signer().map(s -> s.name()).orElse(null));
            m.put("signer_position", d.signer().map(s -> s.position()).filter(p -> !p.isEmpty()).orElse(null));
            m.put("topics", d.topics().stream().map(Topic::id).toList());
            m.put("refs", d.refs().stream().map(r -> r.external() ? r.number() : r.path().substring(0, r.path().length() - 1)).toList());
            m.put("tasks", d.countedTasks().size());
            m.put("url", base + d.path());
            m.put("directives", d.directives().size());
            m.put("identifier", d.identifier());
            return m;
        });
    }

    private static Stream<Map<String, Object>> taskRows(Site site, String base) {
        return site.tasks().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("record", t.recordId());
            m.put("title", t.title());
            m.put("lead", t.leads().get(0).id());
            m.put("leads", t.leads().stream().map(Agency::id).toList());
            m.put("support", t.support().stream().map(Agency::id).toList());
            m.put("due", t.due().map(d -> d.iso()).orElse(null));
            m.put("due_date", t.due().map(d -> d.last().toString()).orElse(null));
            m.put("due_text", t.dueText().isEmpty() ? null : t.dueText());
            m.put("status", t.status().code());
            m.put("status_label", site.theme().labels().of(t.status()));
            m.put("percent", t.percent().orElse(null));
            m.put("updated", t.updated().map(Object::toString).orElse(null));
            m.put("url", base + t.path());
            m.put("reported", t.hasReport());
            m.put("counted", t.counted());
            m.put("parent", t.parent().map(p -> t.recordId() + "#" + p.localId()).orElse(null));
            m.put("subtasks", t.subtasks().stream().map(Task::id).toList());
            m.put("due_expected", t.dueExpected());
            m.put("recurrence", t.recurrence().map(r -> r.every().code()).orElse(null));
            m.put("recurrence_text", t.recurrence().map(r -> r.display()).orElse(null));
            m.put("period", t.currentPeriod().map(p -> p.period().key()).orElse(null));
            m.put("topics", t.topics().stream().map(Topic::id).toList());
            return m;
        });
    }

    /** One row per period of each task with a recurring deadline, from the first to the current one. */
    private static Stream<Map<String, Object>> periodRows(Site site) {
        return site.tasks().stream().flatMap(t -> t.periods().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", t.id());
            m.put("period", p.period().key());
            m.put("period_label", p.period().label());
            m.put("due_date", p.period().due().toString());
            m.put("status", p.status().code());
            m.put("status_label", site.theme().labels().of(p.status()));
            m.put("current", p.current());
            m.put("reports", p.updates().size());
            m.put("done_date", p.updates().stream().filter(u -> u.state() == congkhai.model.ProgressState.DONE)
                    .reduce((a, b) -> b).map(u -> u.date().toString()).orElse(null));
            return m;
        }));
    }

    private static Stream<Map<String, Object>> progressRows(Site site) {
        return site.tasks().stream().flatMap(t -> t.updates().stream().map(u -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("task", t.id());
            p.put("date", u.date().toString());
            p.put("status", u.state().code());
            p.put("percent", u.percent().orElse(null));
            p.put("note", u.note().isEmpty() ? null : u.note());
            p.put("evidence", u.evidence().map(OpenData::evidenceKey).orElse(null));
            p.put("source", u.sourcePath());
            p.put("period", u.period().map(x -> x.key()).orElse(null));
            return p;
        }));
    }

    private static String evidenceKey(DocLink e) {
        return e.external() ? e.number() : e.path().substring(0, e.path().length() - 1);
    }

    private void writeJson(PageSink sink, String path, Stream<Map<String, Object>> rows) throws IOException {
        try (OutputStream out = sink.open(path); JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new RowPerLine());
            g.writeStartArray();
            for (Map<String, Object> row : (Iterable<Map<String, Object>>) rows::iterator) {
                json.writeValue(g, row);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /**
     * An array of rows with each row on a line of its own, without spaces: a tenth of a file's
     * bytes was the indentation, and a line per row reads well in a diff and in grep.
     */
    static final class RowPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (outermost(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (outermost(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (outermost(g) && values > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

        private static boolean outermost(JsonGenerator g) {
            return g.getOutputContext().getParent().inRoot();
        }
    }

    private static void writeCsv(PageSink sink, String path, List<String> columns, Stream<Map<String, Object>> rows) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink.open(path), StandardCharsets.UTF_8))) {
            Csv.write(columns, rows.iterator(), out);
        }
    }

    /** RFC 4180 CSV of rows that share their keys (jackson-dataformat-csv); lists are joined with "; ". */
    static final class Csv {
        private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n").withoutComments();
        // a cell is quoted only where RFC 4180 needs it: with a comma, a quote or a line break
        private static final int MINIMAL_QUOTING = CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING.getMask();
        private static final int QUOTING_FEATURES = MINIMAL_QUOTING | CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS.getMask();

        private Csv() {
        }

        /** A byte-order mark, the header row, then the rows: a file with no rows still names its columns. */
        static void write(List<String> columns, Iterator<Map<String, Object>> rows, Writer out) throws IOException {
            out.write('\uFEFF');
            Set<String> header = new LinkedHashSet<>(columns);
            try (CsvGenerator csv = new CsvFactory().createGenerator(out)) {
                csv.setSchema(SCHEMA);
                csv.overrideFormatFeatures(MINIMAL_QUOTING, QUOTING_FEATURES);
                csv.writeStartArray();
                for (String column : columns) {
                    cell(csv, column);
                }
                csv.writeEndArray();
                while (rows.hasNext()) {
                    Map<String, Object> row = rows.next();
                    if (!row.keySet().equals(header)) {
                        throw new IllegalStateException("a row's columns " + row.keySet() + " are not the header's " + columns);
                    }
                    csv.writeStartArray();
                    for (String column : columns) {
                        Object v = row.get(column);
                        cell(csv, defused(v == null ? "" : v instanceof List<?> list
                                ? String.join("; ", list.stream().map(String::valueOf).toList()) : v.toString()));
                    }
                    csv.writeEndArray();
                }
            }
        }

        /**
         * Jackson's strict check looks for the first character of the line separator only, so with
         * CRLF a line feed alone would go out unquoted and start a new row in a reader: such a cell is
         * quoted outright.
         */
        private static void cell(CsvGenerator csv, String text) throws IOException {
            boolean bareLineFeed = text.indexOf('\n') >= 0 && text.indexOf('\r') < 0;
            if (bareLineFeed) {
                csv.overrideFormatFeatures(QUOTING_FEATURES, QUOTING_FEATURES);
            }
            csv.writeString(text);
            if (bareLineFeed) {
                csv.overrideFormatFeatures(MINIMAL_QUOTING, QUOTING_FEATURES);
            }
        }

        /**
         * Spreadsheet programs run a cell that starts with =, +, - or @ as a formula. Text from content
         * must stay text, so such a cell gets a leading apostrophe, which they show as nothing;
         * negative numbers stay numbers.
         */
        static String defused(String text) {
            if (text.isEmpty()) {
                return text;
            }
            char c = text.charAt(0);
            boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                    || (c == '-' && !text.matches("-\\d+([.,]\\d+)?"));
            return formula ? "'" + text : text;
        }
    }
}
