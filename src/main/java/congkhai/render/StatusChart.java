package congkhai.render;

import congkhai.assemble.StatusHistory;
import congkhai.assemble.StatusHistory.Month;
import congkhai.load.Labels;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG, without script, of how a set of tasks stood at the end of each month
 * ({@link StatusHistory}): done, past the deadline with reports that say it is not done, past it with
 * no report at all, still open.
 */
final class StatusChart {

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

    /**
     * The chart as SVG markup, with the theme's {@code chart.*} labels. Only numbers and those labels
     * go into it, never content text; the labels are escaped, since the markup is put in a page as it is.
     */
    public static String svg(List<Month> months, Labels labels) {
        Labels words = new Labels(escaped(labels, "chart."));
        int max = Math.max(1, months.stream().mapToInt(Month::total).max().orElse(1));
        double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, months.size());
        double bar = Math.max(2, slot * 0.7);
        double plot = HEIGHT - TOP - BOTTOM;
        Month latest = months.isEmpty() ? new Month(YearMonth.of(2000, 1), 0, 0, 0, 0) : months.get(months.size() - 1);
        StringBuilder s = new StringBuilder(4096);
        s.append(String.format(Locale.ROOT,
                "<svg class=\"status-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"bieu-do-tieu-de bieu-do-mo-ta\" xmlns=\"http://www.w3.org/2000/svg\">",
                WIDTH, HEIGHT));
        s.append("<title id=\"bieu-do-tieu-de\">").append(words.get("chart.title")).append("</title>");
        s.append("<desc id=\"bieu-do-mo-ta\">").append(words.get("chart.description", latest.month().getMonthValue(),
                latest.month().getYear(), latest.done(), latest.overdue(), latest.overdueNoReport(), latest.open())).append("</desc>");
        legend(s, words);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, HEIGHT - BOTTOM, WIDTH - 4, HEIGHT - BOTTOM));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%d</text>", LEFT - 4, TOP + 4, max));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">0</text>", LEFT - 4, HEIGHT - BOTTOM));
        // at most five month labels, counted back from the latest so the last two never meet
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 5.0));
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            double x = LEFT + 4 + i * slot;
            double y = HEIGHT - BOTTOM;
            y = segment(s, words, x, y, bar, m.done() * plot / max, "done", m, "chart.bar.done", m.done());
            y = segment(s, words, x, y, bar, m.overdue() * plot / max, "overdue", m, "chart.bar.overdue", m.overdue());
            y = segment(s, words, x, y, bar, m.overdueNoReport() * plot / max, "overdue-no-report", m, "chart.bar.overdue_no_report",
                    m.overdueNoReport());
            segment(s, words, x, y, bar, m.open() * plot / max, "open", m, "chart.bar.open", m.open());
            if ((months.size() - 1 - i) % labelEvery == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%d/%02d</text>",
                        x + bar / 2, HEIGHT - 6, m.month().getMonthValue(), m.month().getYear() % 100));
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double segment(StringBuilder s, Labels words, double x, double bottom, double width, double height, String kind,
                                  Month m, String labelKey, int count) {
        if (count == 0) {
            return bottom;
        }
        s.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"><title>",
                x, bottom - height, width, height, kind));
        s.append(words.get("chart.bar.title", m.month().getMonthValue(), m.month().getYear(), count, words.get(labelKey)))
                .append("</title></rect>");
        return bottom - height;
    }

    private static void legend(StringBuilder s, Labels words) {
        String[] kinds = {"done", "overdue", "open", "overdue-no-report"};
        for (int i = 0; i < kinds.length; i++) {
            int x = i % 2 == 0 ? 4 : WIDTH / 2;
            int y = i < 2 ? 6 : 32;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" class=\"%s\"/>", x, y, kinds[i]));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">", x + 22, y + 14))
                    .append(words.get("chart.legend." + kinds[i].replace('-', '_'))).append("</text>");
        }
    }

    /** The labels under {@code prefix}, escaped for SVG; blanks are filled with numbers only, which need none. */
    private static java.util.Map<String, String> escaped(Labels labels, String prefix) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        labels.texts().forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                out.put(key, text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
            }
        });
        return out;
    }
}
