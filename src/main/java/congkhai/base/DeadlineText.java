package congkhai.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a Vietnamese sentence names, in the wordings documents use: "trước ngày 30/6/2025",
 * "chậm nhất ngày 15 tháng 7 năm 2025", "trong tháng 6/2025", "trong Quý III/2025", "6 tháng đầu
 * năm 2025", "trong năm 2025", "trước ngày 15/12 hằng năm", "định kỳ". Read by the importer, which
 * writes the task's {@code due}, and by {@code check}, which warns of a task without {@code due}
 * whose text names one.
 */
public final class DeadlineText {

    /**
     * A deadline found.
     *
     * @param due      the value of {@code due} in front matter: {@code 2025-06-30}, {@code 2025-06},
     *                 {@code 2025-Q3}, {@code 2025}, or a recurring mapping such as {@code {every: year, by: 12-15}}
     * @param text     the words that name it, as {@code due_text} keeps them
     * @param expected the document only expects it ("dự kiến")
     */
    public record Found(String due, String text, boolean expected) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Words that make a date a deadline rather than, say, the date of a cited document. */
    private static final String LEAD_IN = "(?:(?:hoàn thành|xong|thực hiện|báo cáo(?: kết quả)?(?: về [^,.;]{1,40}?)?|gửi[^,.;]{0,40}?)\\s+)?"
            + "(?:trước|đến|tới|chậm nhất(?: là)?|trong|hạn(?: chót)?|thời hạn(?: hoàn thành)?\\s*:?|thời gian(?: hoàn thành| thực hiện)?\\s*:?|dự kiến(?: hoàn thành)?(?: trong| trước)?|hoàn thành(?: trong| trước)?|cuối|hết|đến hết|trước hoặc trong)";
    private static final Pattern DAY = Pattern.compile(LEAD_IN
            + "\\s+(?:ngày\\s+)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})", FLAGS);
    private static final Pattern MONTH = Pattern.compile(LEAD_IN + "\\s+(?:tháng\\s+)(\\d{1,2})\\s*(?:/|\\s+năm\\s+)\\s*(\\d{4})", FLAGS);
    private static final Pattern QUARTER = Pattern.compile(LEAD_IN + "\\s+quý\\s+(IV|I{1,3}|[1-4])\\s*(?:/|\\s+năm\\s+)\\s*(\\d{4})", FLAGS);
    private static final Pattern HALF = Pattern.compile("(?:" + LEAD_IN + "\\s+)?(6|sáu) tháng (đầu|cuối) năm\\s+(\\d{4})", FLAGS);
    /** "định hướng đến năm 2050", "tầm nhìn đến năm 2045": a horizon, not a deadline. */
    private static final Pattern YEAR = Pattern.compile("(?<!định hướng |tầm nhìn |giai đoạn )" + LEAD_IN + "\\s+(?:năm\\s+)(\\d{4})(?!\\s*[-–]\\s*\\d{4}|\\s+và)", FLAGS);
    /** Names of documents that carry their horizon in their name. */
    private static final Pattern PROGRAMME = Pattern.compile("(?<!\\p{L})(?:chiến lược|chương trình|đề án|quy hoạch|kế hoạch|nghị quyết|quyết định)(?!\\p{L})", FLAGS);
    private static final Pattern YEARLY = Pattern.compile("(?:trước|chậm nhất|đến)?\\s*(?:ngày\\s+)?(\\d{1,2})\\s*(?:/|\\s+tháng\\s+)\\s*(\\d{1,2})\\s+(?:hằng|hàng) năm", FLAGS);
    private static final Pattern EVERY = Pattern.compile("(?:định kỳ\\s+)?(?:hằng|hàng)\\s+(quý|tháng|năm)|định kỳ", FLAGS);

    private DeadlineText() {
    }

    /** The deadline {@code text} names, the first (leftmost) when it names several; empty when none. */
    public static Optional<Found> find(String text) {
        String t = text.replace('\u00a0', ' ');
        List<Candidate> found = new ArrayList<>();
        // Each pattern but EVERY needs a digit, and all but YEARLY a year's four: most words of a task
        // have none, and these patterns, tried at every position, are what checking a site spends here.
        int digits = longestRunOfDigits(t);
        Matcher m = YEARLY.matcher(digits > 0 ? t : "");
        while (m.find()) {
            if (valid(1, m.group(1), m.group(2))) {
                found.add(new Candidate(m.start(), 0, String.format(Locale.ROOT, "{every: year, by: %02d-%02d}",
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), m.group().strip()));
            }
        }
        String withAYear = digits >= 4 ? t : "";
        m = DAY.matcher(withAYear);
        while (m.find()) {
            int d = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (valid(2000, m.group(1), m.group(2)) && realDay(Integer.parseInt(m.group(3)), mo, d)) {
                found.add(new Candidate(m.start(), 1, String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), mo, d), m.group()));
            }
        }
        m = MONTH.matcher(withAYear);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(1));
            if (mo >= 1 && mo <= 12) {
                found.add(new Candidate(m.start(), 2, String.format(Locale.ROOT, "%s-%02d", m.group(2), mo), m.group()));
            }
        }
        m = QUARTER.matcher(withAYear);
        while (m.find()) {
            found.add(new Candidate(m.start(), 2, m.group(2) + "-Q" + quarter(m.group(1)), m.group()));
        }
        m = HALF.matcher(withAYear);
        while (m.find()) {
            found.add(new Candidate(m.start(), 2, m.group(3) + (m.group(2).equalsIgnoreCase("đầu") ? "-06" : "-12"), m.group()));
        }
        m = YEAR.matcher(withAYear);
        while (m.find()) {
            if (!inTheNameOfAProgramme(t, m.start(), m.group())) {
                found.add(new Candidate(m.start(), 3, m.group(1), m.group()));
            }
        }
        if (found.isEmpty()) {
            m = EVERY.matcher(t);
            if (m.find()) {
                String every = m.group(1) == null ? "unstated" : switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "quý" -> "quarter";
                    case "tháng" -> "month";
                    default -> "year";
                };
                found.add(new Candidate(m.start(), 4, "{every: " + every + "}", m.group()));
            }
        }
        return found.stream().min(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::rank))
                .map(c -> {
                    String words = c.text().strip().replaceAll("\\s+", " ");
                    boolean expected = words.toLowerCase(Locale.ROOT).startsWith("dự kiến");
                    return new Found(c.due(), Character.toUpperCase(words.charAt(0)) + words.substring(1), expected);
                });
    }

    /** The length of the longest run of ASCII digits in {@code text}, which {@code \\d} matches. */
    private static int longestRunOfDigits(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * "Chiến lược phát triển nhà ở Quốc gia đến năm 2030", "Chương trình … đến năm 2020": the year
     * is part of the name of the strategy or programme the sentence cites, not a deadline of the task.
     */
    private static boolean inTheNameOfAProgramme(String text, int start, String match) {
        String lead = match.strip().toLowerCase(Locale.ROOT);
        if (!lead.startsWith("đến") && !lead.startsWith("tới")) {
            return false;
        }
        // a name runs across commas ("văn hoá, thể thao"), not across a sentence or a clause of its own
        int clause = Math.max(0, start - 80);
        for (int i = start - 1; i >= clause; i--) {
            if (";.:(".indexOf(text.charAt(i)) >= 0) {
                clause = i + 1;
                break;
            }
        }
        return PROGRAMME.matcher(text.substring(clause, start)).find();
    }

    /** Whether {@code text} names a deadline at all. */
    public static boolean names(String text) {
        return find(text).isPresent();
    }

    private record Candidate(int start, int rank, String due, String text) {
    }

    private static boolean valid(int minYear, String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        return d >= 1 && d <= 31 && m >= 1 && m <= 12 && minYear > 0;
    }

    private static boolean realDay(int year, int month, int day) {
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static int quarter(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
