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

    /** The pages of a list of {@code items} entries shown {@code size} a page: one, empty, for an empty list. */
    public static List<Pager> pages(int items, int size, String base) {
        int count = Math.max(1, (items + size - 1) / size);
        List<Pager> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            pages.add(new Pager(n, count, base));
        }
        return pages;
    }

    /** The entries of {@code items} on this page, {@code size} a page. */
    public <T> List<T> slice(List<T> items, int size) {
        return items.subList(Math.min(items.size(), (number - 1) * size), Math.min(items.size(), number * size));
    }

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
