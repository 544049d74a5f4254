package congkhai.search;

import congkhai.text.Nfc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them, as search terms: a day gives "2023-05-27" and its month "2023-05",
 * a month "2023-05". The index holds these terms for a record's own date and for every date its
 * text mentions; a query with a date asks for its term. search.js repeats the patterns.
 * <ul>
 *   <li>a day: {@code 27/5/2023}, {@code 27-5-2023}, {@code 27.05.2023}, {@code 2023-05-27},
 *       {@code ngày 27 tháng 5 năm 2023} (accents optional)</li>
 *   <li>a month: {@code tháng 5/2023}, {@code tháng 5-2023}, {@code tháng 5 năm 2023}</li>
 * </ul>
 * A bare {@code 5/2023} is no month: too many document numbers read so ("12/2023/NQ-HĐND").
 */
public final class SearchDates {

    /** One date in a text: where it is and its term. */
    public record Found(int start, int end, String term) {
    }

    private static final String D = "(\\d{1,2})";
    private static final String Y = "((?:19|20)\\d\\d)";
    // Each pattern first looks at one char that any match starts with, the cheapest test there is:
    // a date starts at few places of a text, and the patterns' own first tests (a look behind, a
    // letter in either case) cost several times more at every other place. The look ahead takes
    // nothing away: "n" and "t" in either case are all that "n" and "t" match without case.
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?=\\d)(?<![\\d/.-])" + D + "\\s?([/.-])\\s?" + D + "\\s?\\2\\s?" + Y + "(?![\\d/-])");
    private static final Pattern ISO_DAY = Pattern.compile("(?=[12])(?<![\\d/.-])" + Y + "-(\\d\\d)-(\\d\\d)(?![\\d/-])");
    private static final Pattern WORDS_DAY = Pattern.compile("(?-i:(?=[nN]))ng[aà]y\\s+" + D + "\\s+th[aá]ng\\s+" + D + "\\s+n[aă]m\\s+" + Y + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS_MONTH = Pattern.compile("(?-i:(?=[tT]))th[aá]ng\\s+" + D + "\\s?(?:[/-]|\\s+n[aă]m\\s+)\\s?" + Y + "(?![\\d/-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SearchDates() {
    }

    /** Every date of {@code text} (in NFC), days before months where both patterns would read one span. */
    public static List<Found> in(String text) {
        String s = Nfc.of(text);
        if (!hasYear(s)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        scan(WORDS_DAY, s, found, taken, m -> day(m.group(3), m.group(2), m.group(1)));
        scan(DAY_MONTH_YEAR, s, found, taken, m -> day(m.group(4), m.group(3), m.group(1)));
        scan(ISO_DAY, s, found, taken, m -> day(m.group(1), m.group(2), m.group(3)));
        scan(WORDS_MONTH, s, found, taken, m -> month(m.group(2), m.group(1)));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Whether {@code s} has a year as {@link #Y} reads one, which every pattern ends with: most
     * passages have none, and a look for one is much cheaper than four scans with the patterns.
     */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A digit as the patterns' {@code \\d} reads one: ASCII only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The terms of a date found: a day's and its month's, or a month's. */
    public static List<String> terms(String term) {
        return term.length() == 10 ? List.of(term, term.substring(0, 7)) : List.of(term);
    }

    /** The terms of a record's own date in its ISO form (2023-05-27, 2023-05, 2023-Q2, 2023). */
    public static List<String> ofIso(String iso) {
        if (iso.matches("\\d{4}-\\d\\d(-\\d\\d)?")) {
            return terms(iso);
        }
        return List.of();
    }

    private interface Reader {
        String term(Matcher m);
    }

    private static void scan(Pattern p, String s, List<Found> found, boolean[] taken, Reader reader) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (taken[m.start()] || taken[m.end() - 1]) {
                continue;
            }
            String term = reader.term(m);
            if (term != null) {
                found.add(new Found(m.start(), m.end(), term));
                java.util.Arrays.fill(taken, m.start(), m.end(), true);
            }
        }
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? year + "-" + (m < 10 ? "0" : "") + m : null;
    }
}
