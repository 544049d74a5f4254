package congkhai.author;

import congkhai.base.DeadlineText;
import congkhai.config.SiteConfig;
import congkhai.model.DocType;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a Vietnamese administrative document (as copied from a PDF or a web
 * page) into a draft record. It reads the parts the state's format for such documents fixes: the
 * header with the issuing body, number ("Số:") and place and date, the kind of document in capitals,
 * the subject, the body, "Nơi nhận" and the signature block. Tasks are read where the text assigns
 * them ("giao X chủ trì, phối hợp với Y ... trước ngày ...", "Giao X:" followed by a list). Whatever
 * it had to guess is listed in {@link Imported#review()}, and the record is a draft.
 */
public final class PlainTextImporter {

    /** A task as read from the text; agency ids are the site's. */
    /** @param review what a person should check in this task, or empty */
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
            review = Map.copyOf(review);
            proposed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proposed));
        }
    }

    private static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*([^\\s,;]*/[^\\s,;]+)");
    private static final Pattern HEADER_DATE = Pattern.compile("ngày\\s*(\\d{1,2})?\\s*(?:[.…]+\\s*)?tháng\\s*(\\d{1,2})?\\s*(?:[.…]+\\s*)?năm\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEWS_DATE = Pattern.compile("^(?:Thứ \\S+|Chủ nhật)\\s*-\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVX]{1,5})\\.\\s+\\S.*");
    private static final Pattern NUMBER_HEADING = Pattern.compile("^\\d{1,2}\\.\\s+\\S.*");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\S.*");
    private static final Pattern SIGN_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q|PP)\\.\\s*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, DocType> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("NGHI QUYET", DocType.RESOLUTION);
        HEADINGS.put("QUYET DINH", DocType.DECISION);
        HEADINGS.put("KE HOACH", DocType.PLAN);
        HEADINGS.put("BAO CAO", DocType.REPORT);
        HEADINGS.put("THONG BAO", DocType.NOTICE);
        HEADINGS.put("KET LUAN", DocType.CONCLUSION);
    }

    private final AgencyFinder agencies;
    private final Set<String> agencyIds;

    public PlainTextImporter(SiteConfig config) {
        this.agencies = new AgencyFinder(config.agencyList());
        this.agencyIds = Set.copyOf(config.agencies().keySet());
    }

    public Imported read(String text) {
        List<String> lines = cleanLines(text);
        Map<String, String> review = new LinkedHashMap<>();
        int newsDateLine = -1;
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            if (NEWS_DATE.matcher(lines.get(i)).find()) {
                newsDateLine = i;
                break;
            }
        }
        int heading = headingLine(lines);
        if (heading < 0 && newsDateLine >= 0) {
            return readNews(lines, newsDateLine, review);
        }
        if (heading < 0) {
            review.put("type", "no heading such as KẾ HOẠCH or THÔNG BÁO was found; the type is a guess");
            heading = -1;
        }
        String header = String.join(" ", lines.subList(0, Math.max(0, heading)));
        DocType type = heading < 0 ? DocType.NOTICE : HEADINGS.get(foldUpper(lines.get(heading)));

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
        int bodyEnd = recipients >= 0 ? recipients : signatureStart(lines, bodyStart);
        List<String> changedNumbers = new ArrayList<>();
        List<String> paragraphs = normalizeNumbers(paragraphs(lines.subList(Math.min(bodyStart, bodyEnd), bodyEnd)), changedNumbers);
        if (!changedNumbers.isEmpty()) {
            review.put("body", "document numbers written with spaces were closed up: " + String.join(", ", changedNumbers.stream().distinct().toList()));
        }
        String bodyText = String.join("\n", paragraphs);
        String title = capitals ? recase(rawTitle, bodyText) : rawTitle;
        if (capitals) {
            review.put("title", "written in capitals in the text; check the capital letters of names");
        }
        if (title.isEmpty()) {
            review.put("title", "no subject line was found");
        }

        String number = "";
        Matcher n = NUMBER.matcher(header);
        if (n.find()) {
            number = n.group(1).replaceAll("\\s+", "");
            if (number.startsWith("/")) {
                review.put("number", "the text leaves the number blank (\"Số: " + number + "\"); fill it in once the document is numbered");
                number = "";
            }
        } else {
            review.put("number", "no \"Số:\" line was found");
        }

        Optional<String> date = Optional.empty();
        Matcher d = HEADER_DATE.matcher(header);
        if (d.find() && d.group(3) != null) {
            date = isoDate(d.group(1), d.group(2), d.group(3));
            if (d.group(1) == null) {
                review.put("date", "the text leaves the day blank; the date is the month only");
            }
        } else {
            Matcher first = SLASH_DATE.matcher(paragraphs.isEmpty() ? "" : paragraphs.get(0));
            if (first.find()) {
                date = isoDate(null, first.group(2), first.group(3));
                review.put("date", "no date of issue was found; the month of the first date in the text (" + first.group() + ") is a guess");
            } else {
                review.put("date", "no date was found; today is used");
            }
        }

        Optional<String> issuer = issuerIn(header);
        if (issuer.isEmpty()) {
            String closing = paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
            issuer = issuerIn(closing);
            review.put("issuer", issuer.isPresent()
                    ? "the header does not name the issuing body; taken from the closing sentence"
                    : "no issuing body of the site's config was found");
        }

        List<String> signature = lines.subList(Math.max(bodyEnd, signatureStart(lines, Math.max(bodyEnd, recipients + 1))), lines.size());
        Optional<String> signerName = Optional.empty();
        String position = "";
        List<String> block = signature.stream().filter(l -> !l.isBlank() && !l.startsWith("-")).toList();
        if (!block.isEmpty() && looksLikeName(block.get(block.size() - 1))) {
            signerName = Optional.of(block.get(block.size() - 1).strip());
            position = position(block.subList(0, block.size() - 1), bodyText);
        } else {
            review.put("signer", "no signature block was found");
        }

        TaskReader reader = new TaskReader(agencies, agencyIds);
        List<ImportedTask> tasks = tasks(reader, paragraphs, review);
        String body = markdown(paragraphs);
        return new Imported(type, title, date, number, issuer, signerName, position, tasks, body, review, reader.proposed());
    }

    private Imported readNews(List<String> lines, int dateLine, Map<String, String> review) {
        String title = lines.subList(0, dateLine).stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        Matcher m = NEWS_DATE.matcher(lines.get(dateLine));
        Optional<String> date = m.find() ? isoDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
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

    // ---- lines and paragraphs ----

    /** Lines without Markdown emphasis, heading marks, table pipes, rules or HTML tags. */
    private static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\u00a0', ' ').split("\n", -1)) {
            String l = raw.replaceAll("<[^>]+>", "").replace("**", "").replaceAll("^#{1,6}\\s*", "").strip();
            if (l.equals("|") || l.matches("-{3,}")) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    private static int headingLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            if (HEADINGS.containsKey(foldUpper(lines.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Joins lines broken inside a sentence, across blank lines too: PDF text breaks lines and pages anywhere. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean blankBefore = false;
        for (String l : lines) {
            if (l.isBlank()) {
                blankBefore = true;
                continue;
            }
            // A line that starts with a capital continues too, when no blank line comes between and
            // the paragraph so far neither ends a sentence nor is a heading: a hard line break,
            // not a new paragraph ("… của" / "Ủy ban nhân dân tỉnh …"). A heading broken after a
            // comma goes on in capitals ("I. MỤC ĐÍCH," / "YÊU CẦU").
            boolean open = current.length() > 0 && !endsSentence(current) && !startsItem(l);
            boolean headingGoesOn = current.length() > 0 && current.toString().endsWith(",") && headingLike(current.toString()) && isCapitals(l);
            boolean continues = headingGoesOn
                    || open && (startsLowercase(l) || !blankBefore && !headingLike(current.toString()));
            blankBefore = false;
            if (continues) {
                current.append(' ').append(l);
            } else {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current = new StringBuilder(l);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        // a line broken before a number ("... ngày" / "10/12/2018 của ...") continues too
        List<String> joined = new ArrayList<>();
        for (String p : out) {
            if (!joined.isEmpty() && p.matches("^\\d{1,2}/\\d{1,2}/\\d{4}\\b.*") && !endsSentence(new StringBuilder(joined.get(joined.size() - 1)))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + p);
            } else {
                joined.add(p);
            }
        }
        return joined.stream().map(p -> p.replaceAll("\\s+", " ").replace(" ;", ";").strip()).toList();
    }

    private static boolean headingLike(String p) {
        // a heading is short; "2. Giao Phòng … báo cáo" broken at the line's end is a sentence going on
        return p.length() < 70 && (ROMAN_HEADING.matcher(p).matches() || NUMBER_HEADING.matcher(p).matches() || SUB_HEADING.matcher(p).matches())
                || isCapitals(p) || p.length() < 60 && p.matches("^[a-zđ]\\)\\s.*");
    }

    /** "06- NQ/TW", "45 /KH-UBND", "KH- UBND": the spaces a PDF's justification leaves in document numbers. */
    private static final Pattern LOOSE_NUMBER = Pattern.compile("(?<=\\d)\\s*-\\s+(?=[A-ZĐ]{1,10}/)|(?<=\\d)\\s+-\\s*(?=[A-ZĐ]{1,10}/)"
            + "|(?<=\\d)\\s+/\\s*(?=[A-ZĐ]{1,10}\\b)|(?<=\\d/[A-ZĐ]{1,10})\\s+-\\s*(?=[A-ZĐ]{2,})|(?<=\\d/[A-ZĐ]{1,10})\\s*-\\s+(?=[A-ZĐ]{2,})"
            + "|(?<=\\d-[A-ZĐ]{1,10})\\s+/\\s*(?=[A-ZĐ]{2,})|(?<=\\d-[A-ZĐ]{1,10})\\s*/\\s+(?=[A-ZĐ]{2,})");

    /** The paragraphs with document numbers closed up, and the numbers that were changed, as written. */
    static List<String> normalizeNumbers(List<String> paragraphs, List<String> changed) {
        List<String> out = new ArrayList<>();
        Pattern loose = Pattern.compile("\\d{1,4}(?:/\\d{4})?\\s*[-/]\\s*[A-ZĐ]{1,10}(?:\\s*[-/]\\s*[A-ZĐ]{1,10}){0,2}");
        for (String p : paragraphs) {
            Matcher m = loose.matcher(p);
            while (m.find()) {
                if (m.group().contains(" ") && LOOSE_NUMBER.matcher(m.group()).find()) {
                    changed.add(m.group());
                }
            }
            out.add(LOOSE_NUMBER.matcher(p).replaceAll(r -> r.group().contains("/") ? "/" : "-"));
        }
        return out;
    }

    private static boolean endsSentence(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return ".:;!?".indexOf(last) >= 0 || s.toString().endsWith("./.");
    }

    private static boolean startsLowercase(String l) {
        return Character.isLowerCase(l.codePointAt(0)) || Character.isDigit(l.codePointAt(0)) && !l.matches("^\\d+[.)].*");
    }

    private static boolean startsItem(String l) {
        return l.startsWith("- ") || l.startsWith("+ ") || l.matches("^\\d{1,2}[.)]\\s.*") || l.matches("^[a-zđ]\\)\\s.*");
    }

    private static int signatureStart(List<String> lines, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (SIGN_PREFIX.matcher(lines.get(i)).find() && isCapitals(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    // ---- fields ----

    private Optional<String> issuerIn(String text) {
        List<AgencyFinder.Mention> found = agencies.find(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).agency().id());
    }

    private static Optional<String> isoDate(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (month == null) {
            return Optional.of(String.valueOf(y));
        }
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return Optional.of(String.valueOf(y));
        }
        if (day == null) {
            return Optional.of(String.format("%04d-%02d", y, m));
        }
        int dd = Integer.parseInt(day);
        try {
            return Optional.of(java.time.LocalDate.of(y, m, dd).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.of(String.format("%04d-%02d", y, m));
        }
    }

    private static boolean looksLikeName(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.matches(".*[\\d:;()/].*") || isCapitals(l)) {
            return false;
        }
        String[] words = l.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" becomes "KT. Chủ tịch, Phó Chủ tịch": the
     * collective line is dropped when someone signs on the chair's behalf, as pages usually show it.
     */
    private static String position(List<String> block, String body) {
        List<String> parts = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (String l : block) {
            // "TM. ỦY BAN NHÂN" / "DÂN": a title broken over lines
            if (!joined.isEmpty() && !SIGN_PREFIX.matcher(l).find() && foldUpper(joined.get(joined.size() - 1)).endsWith("NHAN")) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + l);
            } else {
                joined.add(l);
            }
        }
        boolean onBehalf = joined.stream().anyMatch(l -> l.toUpperCase(Locale.ROOT).startsWith("KT."));
        for (String l : joined) {
            if (onBehalf && l.toUpperCase(Locale.ROOT).startsWith("TM.")) {
                continue;
            }
            Matcher prefix = SIGN_PREFIX.matcher(l);
            String head = prefix.find() ? l.substring(0, prefix.end()).toUpperCase(Locale.ROOT) : "";
            String rest = l.substring(head.length()).strip();
            parts.add(head + recase(rest, body));
        }
        return String.join(", ", parts);
    }

    // ---- capitals ----

    private static boolean isCapitals(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper == letters;
    }

    private static String foldUpper(String s) {
        return Folding.fold(s).toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Text written in capitals, in sentence case, with each word capitalised as the body writes it
     * in the middle of a sentence ("Chính phủ", "Lạng Sơn") and document numbers as the body writes
     * them ("74-CTr/TU").
     */
    static String recase(String capitals, String body) {
        Map<String, String> spelling = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        Map<String, Integer> lower = new HashMap<>();
        String[] bodyWords = body.split("[\\s,;:()“”\"]+");
        for (int i = 0; i < bodyWords.length; i++) {
            String w = bodyWords[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.contains("/") || w.chars().anyMatch(Character::isDigit)) {
                spelling.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
                continue;
            }
            boolean sentenceStart = i == 0 || bodyWords[i - 1].endsWith(".");
            if (sentenceStart || isCapitals(w) && w.length() > 1) {
                continue;
            }
            // a word and the pair it starts: "Chính phủ" is a name where "chính" alone is not
            List<String> keys = new ArrayList<>(List.of(w.toLowerCase(Locale.ROOT)));
            if (i + 1 < bodyWords.length && !bodyWords[i + 1].isEmpty()) {
                keys.add((w + " " + bodyWords[i + 1]).toLowerCase(Locale.ROOT));
            }
            for (String key : keys) {
                (Character.isUpperCase(w.codePointAt(0)) ? capitalised : lower).merge(key, 1, Integer::sum);
            }
        }
        List<String> words = new ArrayList<>(List.of(capitals.strip().split("\\s+")));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).toLowerCase(Locale.ROOT);
            String core = key.replaceAll("[,;:.]+$", "");
            String tail = key.substring(core.length());
            String pair = i + 1 < words.size() ? core + " " + words.get(i + 1).toLowerCase(Locale.ROOT).replaceAll("[,;:.]+$", "") : "";
            boolean capital = i == 0
                    || capitalised.getOrDefault(pair, 0) > lower.getOrDefault(pair, 0)
                    || !capitalised.containsKey(pair) && !lower.containsKey(pair)
                            && capitalised.getOrDefault(core, 0) > lower.getOrDefault(core, 0);
            String shown = spelling.containsKey(core) ? spelling.get(core)
                    : capital && !core.isEmpty() ? core.substring(0, 1).toUpperCase(Locale.ROOT) + core.substring(1) : core;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(shown).append(tail);
        }
        return out.toString();
    }

    // ---- tasks ----

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

    // ---- Markdown ----

    private static String markdown(List<String> paragraphs) {
        StringBuilder md = new StringBuilder();
        String previousKind = "";
        for (String p : paragraphs) {
            String kind;
            String line;
            if (ROMAN_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".")) {
                kind = "h";
                line = "## " + p;
            } else if (SUB_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".")) {
                kind = "h";
                line = "#### " + p;
            } else if (NUMBER_HEADING.matcher(p).matches() && p.length() < 200 && !p.endsWith(".") && !p.endsWith(";")) {
                kind = "h";
                line = "### " + p;
            } else if (p.startsWith("- ")) {
                kind = "li";
                line = p;
            } else if (p.startsWith("+ ")) {
                kind = "li";
                line = "  - " + p.substring(2);
            } else {
                kind = "p";
                // "1) ..." and "a) ..." would become lists; they are numbered paragraphs in the original
                line = p.replaceFirst("^(\\d{1,2})\\)", "$1\\\\)").replaceFirst("^(\\d{1,2})\\.(\\s)", "$1\\\\.$2");
            }
            if (md.length() > 0) {
                md.append(kind.equals("li") && previousKind.equals("li") ? "\n" : "\n\n");
            }
            md.append(line);
            previousKind = kind;
        }
        return md.append('\n').toString();
    }

    // ---- the record ----

    /** The draft record's file, front matter with {@code # REVIEW:} comments above uncertain fields, and body. */
    public String recordText(Imported doc, java.time.LocalDate today) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("# Imported from plain text by congkhai. Check every field marked REVIEW, then remove draft: true.\n");
        y.append("type: ").append(doc.type().code()).append('\n');
        comment(y, doc.review(), "title");
        y.append("title: ").append(RecordText.quote(doc.title().isEmpty() ? "(chưa có trích yếu)" : doc.title())).append('\n');
        comment(y, doc.review(), "date");
        y.append("date: ").append(doc.date().orElse(today.toString())).append('\n');
        if (doc.type() != DocType.NEWS) {
            comment(y, doc.review(), "number");
            y.append("number: ").append(RecordText.quote(doc.number())).append('\n');
            comment(y, doc.review(), "issuer");
            doc.issuer().ifPresentOrElse(i -> y.append("issuer: ").append(i).append('\n'), () -> y.append("# issuer: \n"));
            comment(y, doc.review(), "signer");
            doc.signerName().ifPresent(n -> y.append("signer: {name: ").append(RecordText.quote(n)).append(", position: ")
                    .append(RecordText.quote(doc.signerPosition())).append("}\n"));
        }
        comment(y, doc.review(), "type");
        comment(y, doc.review(), "body");
        y.append("draft: true\n");
        if (!doc.tasks().isEmpty() || doc.review().containsKey("tasks")) {
            comment(y, doc.review(), "tasks");
        }
        if (!doc.tasks().isEmpty()) {
            y.append("tasks:\n");
            int n = 1;
            for (ImportedTask t : doc.tasks()) {
                if (!t.review().isEmpty()) {
                    y.append("  # REVIEW task: ").append(t.review()).append('\n');
                }
                y.append("  - id: t").append(n++).append('\n');
                y.append("    title: ").append(RecordText.quote(t.title())).append('\n');
                y.append("    lead: ").append(list(t.leads())).append('\n');
                if (!t.support().isEmpty()) {
                    y.append("    support: ").append(list(t.support())).append('\n');
                }
                t.due().ifPresent(d -> y.append("    due: ").append(d).append('\n'));
                if (!t.dueText().isEmpty()) {
                    y.append("    due_text: ").append(RecordText.quote(t.dueText())).append('\n');
                }
            }
        }
        y.append("---\n\n").append(doc.body());
        return y.toString();
    }

    private static String list(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : "[" + String.join(", ", ids) + "]";
    }

    private static void comment(StringBuilder y, Map<String, String> review, String field) {
        if (review.containsKey(field)) {
            y.append("# REVIEW ").append(field).append(": ").append(review.get(field).replace('\n', ' ')).append('\n');
        }
    }
}
