package congkhai.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar day, or a month, quarter or year where a document leaves the day blank.
 * A deadline given as a period falls on its last day.
 */
public record PartialDate(Precision precision, LocalDate first, LocalDate last) implements Comparable<PartialDate> {

    public enum Precision { DAY, MONTH, QUARTER, YEAR }

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::first)
            .thenComparing(PartialDate::last);

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(Precision.DAY, day, day);
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} and, when {@code quarterAllowed},
     * {@code YYYY-Qn}. Returns the date, or throws {@link IllegalArgumentException} whose message
     * says what is wrong in words a webmaster understands.
     */
    public static PartialDate parse(String text, boolean quarterAllowed) {
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        String forms = quarterAllowed ? "YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY" : "YYYY-MM-DD, YYYY-MM or YYYY";
        if (!m.matches()) {
            Matcher dayFirst = DAY_FIRST.matcher(s);
            if (dayFirst.matches()) {
                throw new IllegalArgumentException(dayFirstMessage(s, dayFirst));
            }
            throw new IllegalArgumentException("'" + text + "' is not a date; write " + forms);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range (1900 to 2200)");
        }
        if (m.group(4) != null) {
            if (!quarterAllowed) {
                throw new IllegalArgumentException("a quarter ('" + s + "') is allowed only for a task's due date; write " + forms);
            }
            int q = Integer.parseInt(m.group(4));
            LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new PartialDate(Precision.QUARTER, first, first.plusMonths(3).minusDays(1));
        }
        if (m.group(2) == null) {
            return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + s + "' has no month " + month);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new PartialDate(Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
        }
        int day = Integer.parseInt(m.group(3));
        try {
            return ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a real day: " + ym.getMonthValue() + "/" + year
                    + " has " + ym.lengthOfMonth() + " days");
        }
    }

    /** "31/02/2025" is how dates are written in Vietnam; say how to write it here, and whether the day exists. */
    private static String dayFirstMessage(String s, Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        String iso = String.format("%04d-%02d-%02d", year, month, day);
        String message = "'" + s + "' is written day first; write dates as YYYY-MM-DD";
        if (month < 1 || month > 12) {
            return message + " (and there is no month " + month + ")";
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return message + " (and it is not a real day: " + month + "/" + year + " has " + ym.lengthOfMonth() + " days)";
        }
        return message + ", here '" + iso + "'";
    }

    /** The form a webmaster writes: 2025-03-18, 2025-03, 2025-Q2, 2025. */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case QUARTER -> first.getYear() + "-Q" + quarter();
            case YEAR -> Integer.toString(first.getYear());
        };
    }

    /** How a Vietnamese reader expects it: 18/03/2025, tháng 3/2025, quý II/2025, năm 2025. */
    public String display() {
        return switch (precision) {
            case DAY -> twoDigits(first.getDayOfMonth()) + "/" + twoDigits(first.getMonthValue()) + "/" + first.getYear();
            case MONTH -> "tháng " + first.getMonthValue() + "/" + first.getYear();
            case QUARTER -> "quý " + ROMAN[quarter() - 1] + "/" + first.getYear();
            case YEAR -> "năm " + first.getYear();
        };
    }

    /** Pages show tens of thousands of dates; String.format was a measurable part of a build. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    public int year() {
        return first.getYear();
    }

    public boolean isDay() {
        return precision == Precision.DAY;
    }

    private int quarter() {
        return (first.getMonthValue() - 1) / 3 + 1;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
