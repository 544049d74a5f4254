package congkhai.base;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deadline that comes back: every year ("trước ngày 15 tháng 12 hằng năm"), quarter or month, or
 * "định kỳ" where the document does not say how often. Each period is a calendar year, quarter or
 * month; its deadline falls inside it, on {@code byDay} (of {@code byMonth} for a year, of the
 * period's last month otherwise) or on its last day.
 *
 * @param from  the first period is the one holding this date's first day; empty: from the task's issue
 * @param until the last period is the one holding this date's last day; empty: no end
 */
public record Recurrence(Every every, Optional<MonthDay> yearlyBy, Optional<Integer> dayBy,
                         Optional<PartialDate> from, Optional<PartialDate> until) {

    /** How often. {@code UNSTATED} is "định kỳ" with no period named: it has no deadline to compute. */
    public enum Every {
        YEAR("year"), QUARTER("quarter"), MONTH("month"), UNSTATED("unstated");

        private final String code;

        Every(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Every> fromCode(String code) {
            for (Every e : values()) {
                if (e.code.equals(code)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public static List<String> codes() {
            return List.of("year", "quarter", "month", "unstated");
        }
    }

    /** One period of a recurring deadline: its span (a year, quarter or month) and its due day. */
    public record Period(PartialDate span, LocalDate due) {
        /** As a webmaster writes it in a progress update's {@code period}: 2024, 2024-Q3, 2024-05. */
        public String key() {
            return span.iso();
        }

        /** năm 2024, quý III/2024, tháng 5/2024. */
        public String label() {
            return span.display();
        }
    }

    public boolean hasPeriods() {
        return every != Every.UNSTATED;
    }

    /** The calendar period holding {@code day}. Only for a recurrence with periods. */
    public Period periodOf(LocalDate day) {
        PartialDate span = switch (every) {
            case YEAR -> PartialDate.parse(Integer.toString(day.getYear()), false);
            case QUARTER -> PartialDate.parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), true);
            case MONTH -> PartialDate.parse(YearMonth.from(day).toString(), false);
            case UNSTATED -> throw new IllegalStateException("a deadline with no period has no periods");
        };
        return new Period(span, dueIn(span));
    }

    private LocalDate dueIn(PartialDate span) {
        if (every == Every.YEAR) {
            return yearlyBy.map(md -> md.atYear(span.year())).orElse(span.last());
        }
        YearMonth lastMonth = YearMonth.from(span.last());
        return dayBy.map(d -> lastMonth.atDay(Math.min(d, lastMonth.lengthOfMonth()))).orElse(span.last());
    }

    /**
     * The first period: the one holding {@code from}, or else the first whose due day is on or after
     * the day the task was issued (a plan issued on 20 December is not late for a report due on the 15th).
     */
    public Period first(LocalDate issued) {
        if (from.isPresent()) {
            return periodOf(from.get().first());
        }
        Period p = periodOf(issued);
        return p.due().isBefore(issued) ? next(p) : p;
    }

    public Optional<Period> last() {
        return until.map(u -> periodOf(u.last()));
    }

    public Period next(Period p) {
        return periodOf(p.span().last().plusDays(1));
    }

    /**
     * The period {@code day} belongs to, kept within the first and last periods: what an update dated
     * that day reports on, and, for the as-of day, the period a task's status is computed for.
     */
    public Period periodFor(LocalDate day, LocalDate issued) {
        Period first = first(issued);
        Period p = periodOf(day);
        if (p.span().first().isBefore(first.span().first())) {
            return first;
        }
        Optional<Period> last = last();
        if (last.isPresent() && p.span().first().isAfter(last.get().span().first())) {
            return last.get();
        }
        return p;
    }

    /** Every period from the first up to the one {@code asOf} belongs to, oldest first. */
    public List<Period> periodsUpTo(LocalDate asOf, LocalDate issued) {
        List<Period> out = new ArrayList<>();
        Period current = periodFor(asOf, issued);
        for (Period p = first(issued); !p.span().first().isAfter(current.span().first()); p = next(p)) {
            out.add(p);
        }
        return out;
    }

    /** In words: "Hằng năm, hạn ngày 15/12", "Hằng quý, hạn cuối quý", "Định kỳ (văn bản không nêu kỳ hạn)". */
    public String display() {
        String text = switch (every) {
            case YEAR -> "Hằng năm, hạn " + yearlyBy.map(md -> "ngày " + twoDigits(md.getDayOfMonth()) + "/" + twoDigits(md.getMonthValue()))
                    .orElse("cuối năm");
            case QUARTER -> "Hằng quý, hạn " + dayBy.map(d -> "ngày " + d + " tháng cuối quý").orElse("cuối quý");
            case MONTH -> "Hằng tháng, hạn " + dayBy.map(d -> "ngày " + d).orElse("cuối tháng");
            case UNSTATED -> "Định kỳ (văn bản không nêu kỳ hạn)";
        };
        String span = from.map(f -> " từ " + f.display()).orElse("") + until.map(u -> " đến " + u.display()).orElse("");
        return text + span;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
