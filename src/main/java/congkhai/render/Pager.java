package congkhai.render;

import congkhai.model.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paginated list, and where it and its neighbours are ({@link Urls#page}).
 *
 * @param number 1-based
 */
public record Pager(int number, int count, String base) {

    public static String pathOf(String base, int number) {
        return Urls.page(base, number);
    }

    public String path() {
        return pathOf(base, number);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    public String previousPath() {
        return pathOf(base, number - 1);
    }

    public String nextPath() {
        return pathOf(base, number + 1);
    }

    /** Page numbers to show, with 0 standing for a gap: 1 … 4 5 6 … 12. */
    public List<Integer> window() {
        List<Integer> out = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - number) <= 2) {
                if (last != 0 && i - last > 1) {
                    out.add(0);
                }
                out.add(i);
                last = i;
            }
        }
        return out;
    }

    public String pagePath(int n) {
        return pathOf(base, n);
    }
}
