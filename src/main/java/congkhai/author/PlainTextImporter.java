package congkhai.author;

import congkhai.base.DeadlineText;
import congkhai.config.SiteConfig;
import congkhai.model.DocType;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static congkhai.author.Capitals.isCapitals;
import static congkhai.author.PlainTextBody.markdown;
import static congkhai.author.PlainTextBody.paragraphs;

/**
 * Turns the plain text of a Vietnamese administrative document (as copied from a PDF or a web
 * page) into a draft record. It reads the parts the state's format for such documents fixes: the
 * header with the issuing body, number ("Số:") and place and date, the kind of document in capitals,
 * the subject, the body, "Nơi nhận" and the signature block. Tasks are read where the text assigns
 * them ("giao X chủ trì, phối hợp với Y ... trước ngày ...", "Giao X:" followed by a list). Whatever
 * it had to guess is listed in {@link Imported#review()}, and the record is a draft.
 *
 * <p>This class cuts the text into those parts; each part is read by its own class:
 * {@link DocumentHeader} (kind, number, date, issuer), {@link PlainTextBody} (paragraphs and
 * Markdown), {@link SignatureBlock}, {@link TaskReader}, and {@link RecordText} writes the record.
 */
public final class PlainTextImporter {

    /**
     * A task as read from the text; agency ids are the site's.
     *
     * @param review what a person should check in this task, or empty
     */
    public record ImportedTask(String title, List<String> leads, List<String> support, Optional<String> due, String dueText, String review) {
        public ImportedTask {
            leads = List.copyOf(leads);
            support = List.copyOf(support);
        }
    }

    /**
     * What the importer read.
     *
     * @param date   {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when no date was found
     * @param review field name to what a person should check there
     */
    public record Imported(DocType type, String title, Optional<String> date, String number, Optional<String> issuer,
                           Optional<String> signerName, String signerPosition, List<ImportedTask> tasks, String body,
                           Map<String, String> review, Map<String, String> proposed) {
        public Imported {
            tasks = List.copyOf(tasks);
            review = Collections.unmodifiableMap(new LinkedHashMap<>(review));
            proposed = Collections.unmodifiableMap(new LinkedHashMap<>(proposed));
        }
    }

    private final AgencyFinder agencies;
    private final Set<String> agencyIds;
    private final DocumentHeader headerFields;

    public PlainTextImporter(SiteConfig config) {
        this.agencies = new AgencyFinder(config.agencyList());
        this.agencyIds = Set.copyOf(config.agencies().keySet());
        this.headerFields = new DocumentHeader(agencies);
    }

    public Imported read(String text) {
        List<String> lines = PlainTextBody.cleanLines(text);
        Map<String, String> review = new LinkedHashMap<>();
        int newsDateLine = DocumentHeader.newsDateLine(lines);
        int heading = DocumentHeader.headingLine(lines);
        if (heading < 0 && newsDateLine >= 0) {
            return readNews(lines, newsDateLine, review);
        }
        if (heading < 0) {
            review.put("type", "no heading such as KẾ HOẠCH or THÔNG BÁO was found; the type is a guess");
            heading = -1;
        }
        String header = String.join(" ", lines.subList(0, Math.max(0, heading)));
        DocType type = heading < 0 ? DocType.NOTICE : DocumentHeader.typeNamedBy(lines.get(heading));

        // the subject: capital lines after the heading, or the one line after it
        int bodyStart = heading + 1;
        List<String> titleLines = new ArrayList<>();
        while (bodyStart < lines.size() && lines.get(bodyStart).isBlank()) {
            bodyStart++;
        }
        boolean capitals = bodyStart < lines.size() && isCapitals(lines.get(bodyStart));
        while (bodyStart < lines.size() && (titleLines.isEmpty() || capitals && isCapitals(lines.get(bodyStart)))) {
            if (!lines.get(bodyStart).isBlank()) {
                titleLines.add(lines.get(bodyStart));
            }
            bodyStart++;
        }
        String rawTitle = String.join(" ", titleLines).replaceAll("\\s+", " ").strip();
        if (type == DocType.NOTICE && Folding.fold(rawTitle).toLowerCase(Locale.ROOT).startsWith("ket luan")) {
            type = DocType.CONCLUSION;
        }

        int recipients = -1;
        for (int i = lines.size() - 1; i >= bodyStart; i--) {
            if (Folding.fold(lines.get(i)).toLowerCase(Locale.ROOT).startsWith("noi nhan")) {
                recipients = i;
                break;
            }
        }
        int bodyEnd = recipients >= 0 ? recipients : SignatureBlock.start(lines, bodyStart);
        List<String> changedNumbers = new ArrayList<>();
        List<String> paragraphs = PlainTextBody.normalizeNumbers(paragraphs(lines.subList(Math.min(bodyStart, bodyEnd), bodyEnd)), changedNumbers);
        if (!changedNumbers.isEmpty()) {
            review.put("body", "document numbers written with spaces were closed up: " + String.join(", ", changedNumbers.stream().distinct().toList()));
        }
        String bodyText = String.join("\n", paragraphs);
        String title = capitals ? Capitals.recase(rawTitle, bodyText) : rawTitle;
        if (capitals) {
            review.put("title", "written in capitals in the text; check the capital letters of names");
        }
        if (title.isEmpty()) {
            review.put("title", "no subject line was found");
        }

        String number = DocumentHeader.number(header, review);
        Optional<String> date = DocumentHeader.date(header, paragraphs, review);
        Optional<String> issuer = headerFields.issuer(header, paragraphs, review);

        List<String> signature = lines.subList(Math.max(bodyEnd, SignatureBlock.start(lines, Math.max(bodyEnd, recipients + 1))), lines.size());
        Optional<SignatureBlock> signed = SignatureBlock.in(signature, bodyText);
        if (signed.isEmpty()) {
            review.put("signer", "no signature block was found");
        }

        TaskReader reader = new TaskReader(agencies, agencyIds);
        List<ImportedTask> tasks = tasks(reader, paragraphs, review);
        String body = markdown(paragraphs);
        return new Imported(type, title, date, number, issuer, signed.map(SignatureBlock::name), signed.map(SignatureBlock::position).orElse(""),
                tasks, body, review, reader.proposed());
    }

    private Imported readNews(List<String> lines, int dateLine, Map<String, String> review) {
        String title = lines.subList(0, dateLine).stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        Optional<String> date = DocumentHeader.newsDate(lines.get(dateLine));
        int end = lines.size();
        for (int i = dateLine + 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Nguồn tin:") || lines.get(i).startsWith("Nguồn:")) {
                end = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        String previous = "";
        for (String l : lines.subList(dateLine + 1, end)) {
            // photo captions are often repeated once per image size
            if (!l.equals(previous)) {
                kept.add(l);
            }
            previous = l.isBlank() ? previous : l;
        }
        review.put("body", "photo captions are kept as paragraphs; remove them or mark them as captions");
        return new Imported(DocType.NEWS, title, date, "", Optional.empty(), Optional.empty(), "", List.of(),
                markdown(paragraphs(kept)), review, Map.of());
    }

    private static List<ImportedTask> tasks(TaskReader reader, List<String> paragraphs, Map<String, String> review) {
        List<ImportedTask> tasks = new ArrayList<>();
        for (TaskReader.Found f : reader.read(paragraphs)) {
            List<String> notes = new ArrayList<>();
            List<String> unknown = new ArrayList<>(f.leads());
            unknown.addAll(f.support());
            unknown.retainAll(reader.proposed().keySet());
            if (!unknown.isEmpty()) {
                notes.add("not in site-config.yml yet: " + String.join(", ", unknown) + " (proposed ids)");
            }
            if (f.guessedLead()) {
                notes.add("the lead is the body the item opens with");
            }
            f.deadline().filter(DeadlineText.Found::expected).ifPresent(d -> notes.add("the text only expects this deadline (due_expected?)"));
            String dueText = f.deadline().map(DeadlineText.Found::text).orElse("");
            tasks.add(new ImportedTask(f.title(), f.leads(), f.support(), f.deadline().map(DeadlineText.Found::due), dueText,
                    String.join("; ", notes)));
        }
        if (!reader.proposed().isEmpty()) {
            review.put("tasks", "some agencies are not in site-config.yml: their proposed entries are listed by import; add them, or import with --add-agencies");
        } else if (!tasks.isEmpty()) {
            review.put("tasks", "titles are the text's sentences; shorten them, and check leads, support and deadlines");
        }
        return tasks;
    }

    /** The draft record's file, front matter with {@code # REVIEW:} comments above uncertain fields, and body. */
    public String recordText(Imported doc, LocalDate today) {
        return RecordText.imported(doc, today);
    }
}
