package congkhai.render;

import congkhai.assemble.StatusHistory;
import congkhai.assemble.StatusHistory.Month;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG, without script, of how a set of tasks stood at the end of each month
 * ({@link StatusHistory}): done, past the deadline with reports that say it is not done, past it with
 * no report at all, still open.
 */
public final class StatusChart {

    /** Long histories are cut to the latest months, so each bar stays readable on a phone. */
    static final int MAX_MONTHS = 36;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 250;
    private static final int LEFT = 34;
    private static final int BOTTOM = 30;
    /** Room for the legend, two rows: on a phone the chart is drawn at about half its size, so text is large. */
    private static final int TOP = 66;

    private StatusChart() {
    }

    /** The chart as SVG markup. Only numbers and fixed labels go into it, never content text. */
    public static String svg(List<Month> months) {
        int max = Math.max(1, months.stream().mapToInt(Month::total).max().orElse(1));
        double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, months.size());
        double bar = Math.max(2, slot * 0.7);
        double plot = HEIGHT - TOP - BOTTOM;
        Month latest = months.isEmpty() ? new Month(YearMonth.of(2000, 1), 0, 0, 0, 0) : months.get(months.size() - 1);
        StringBuilder s = new StringBuilder(4096);
        s.append(String.format(Locale.ROOT,
                "<svg class=\"status-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"bieu-do-tieu-de bieu-do-mo-ta\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, HEIGHT));
        s.append("<title id=\"bieu-do-tieu-de\">Tình trạng nhiệm vụ theo tháng</title>");
        s.append(String.format(Locale.ROOT,
                "<desc id=\"bieu-do-mo-ta\">Cuối kỳ gần nhất (tháng %d/%d): %d hoàn thành, %d quá hạn chưa hoàn thành, %d quá hạn chưa có báo cáo, %d chưa đến hạn hoặc không có hạn cố định.</desc>",
                latest.month().getMonthValue(), latest.month().getYear(), latest.done(), latest.overdue(), latest.overdueNoReport(), latest.open()));
        legend(s);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, HEIGHT - BOTTOM, WIDTH - 4, HEIGHT - BOTTOM));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%d</text>", LEFT - 4, TOP + 4, max));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">0</text>", LEFT - 4, HEIGHT - BOTTOM));
        // at most five month labels, counted back from the latest so the last two never meet
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 5.0));
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            double x = LEFT + 4 + i * slot;
            double y = HEIGHT - BOTTOM;
            y = segment(s, x, y, bar, m.done() * plot / max, "done", m, "hoàn thành", m.done());
            y = segment(s, x, y, bar, m.overdue() * plot / max, "overdue", m, "quá hạn, chưa hoàn thành", m.overdue());
            y = segment(s, x, y, bar, m.overdueNoReport() * plot / max, "overdue-no-report", m, "quá hạn, chưa có báo cáo", m.overdueNoReport());
            segment(s, x, y, bar, m.open() * plot / max, "open", m, "chưa đến hạn hoặc không có hạn cố định", m.open());
            if ((months.size() - 1 - i) % labelEvery == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%d/%02d</text>",
                        x + bar / 2, HEIGHT - 6, m.month().getMonthValue(), m.month().getYear() % 100));
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double segment(StringBuilder s, double x, double bottom, double width, double height, String kind,
                                  Month m, String label, int count) {
        if (count == 0) {
            return bottom;
        }
        s.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"><title>Tháng %d/%d: %d %s</title></rect>",
                x, bottom - height, width, height, kind, m.month().getMonthValue(), m.month().getYear(), count, label));
        return bottom - height;
    }

    private static void legend(StringBuilder s) {
        String[][] items = {{"done", "Hoàn thành"}, {"overdue", "Quá hạn, chưa hoàn thành"},
            {"open", "Chưa đến hạn, thường xuyên"}, {"overdue-no-report", "Quá hạn, chưa có báo cáo"}};
        for (int i = 0; i < items.length; i++) {
            int x = i % 2 == 0 ? 4 : WIDTH / 2;
            int y = i < 2 ? 6 : 32;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" class=\"%s\"/>", x, y, items[i][0]));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", x + 22, y + 14, items[i][1]));
        }
    }
}
