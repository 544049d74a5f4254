package congkhai.author;

import congkhai.model.DocType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields the state's format for administrative documents puts above the body: the kind of
 * document in capitals ("KẾ HOẠCH"), the number ("Số: 45/KH-UBND"), the place and date ("…, ngày 10
 * tháng 3 năm 2025") and the issuing body; and the date line of a news article. Whatever a field
 * had to guess is noted in the review map it is given, under the field's name.
 */
final class DocumentHeader {

    private static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*([^\\s,;]*/[^\\s,;]+)");
    private static final Pattern HEADER_DATE = Pattern.compile("ngày\\s*(\\d{1,2})?\\s*(?:[.…]+\\s*)?tháng\\s*(\\d{1,2})?\\s*(?:[.…]+\\s*)?năm\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEWS_DATE = Pattern.compile("^(?:Thứ \\S+|Chủ nhật)\\s*-\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** The kind of document as its heading names it, folded by {@link Capitals#foldUpper}. */
    private static final Map<String, DocType> HEADINGS = Map.of(
            "NGHI QUYET", DocType.RESOLUTION,
            "QUYET DINH", DocType.DECISION,
            "KE HOACH", DocType.PLAN,
            "BAO CAO", DocType.REPORT,
            "THONG BAO", DocType.NOTICE,
            "KET LUAN", DocType.CONCLUSION);

    private final AgencyFinder agencies;

    DocumentHeader(AgencyFinder agencies) {
        this.agencies = agencies;
    }

    /** The line among the first 40 that names the kind of document, or -1. */
    static int headingLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            if (HEADINGS.containsKey(Capitals.foldUpper(lines.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The kind of document a line found by {@link #headingLine} names. */
    static DocType typeNamedBy(String headingLine) {
        return HEADINGS.get(Capitals.foldUpper(headingLine));
    }

    /** The line among the first 8 dated as a news article is ("Thứ hai - 10/03/2025"), or -1. */
    static int newsDateLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            if (NEWS_DATE.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The date of a line found by {@link #newsDateLine}. */
    static Optional<String> newsDate(String dateLine) {
        Matcher m = NEWS_DATE.matcher(dateLine);
        return m.find() ? isoDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The number after "Số:", closed up; empty when the header has none or leaves it blank. */
    static String number(String header, Map<String, String> review) {
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
        return number;
    }

    /**
     * The date of issue in the header; failing that, the month of the first date in the body's first
     * paragraph. Empty when neither is there.
     */
    static Optional<String> date(String header, List<String> paragraphs, Map<String, String> review) {
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
        return date;
    }

    /** The id of the issuing body the header names; failing that, the one the closing paragraph names. */
    Optional<String> issuer(String header, List<String> paragraphs, Map<String, String> review) {
        Optional<String> issuer = issuerIn(header);
        if (issuer.isEmpty()) {
            String closing = paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
            issuer = issuerIn(closing);
            review.put("issuer", issuer.isPresent()
                    ? "the header does not name the issuing body; taken from the closing sentence"
                    : "no issuing body of the site's config was found");
        }
        return issuer;
    }

    private Optional<String> issuerIn(String text) {
        List<AgencyFinder.Mention> found = agencies.find(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).agency().id());
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} or {@code YYYY} when the day or month is missing or not a real one. */
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
            return Optional.of(LocalDate.of(y, m, dd).toString());
        } catch (DateTimeException e) {
            return Optional.of(String.format("%04d-%02d", y, m));
        }
    }
}
