package congkhai.base;

import java.util.List;
import java.util.function.BiPredicate;

/** Comparisons of lists that {@link List#equals} does not make. */
public final class Lists {

    private Lists() {
    }

    /** Whether the two lists are as long and, place by place, their elements {@code alike}. */
    public static <T> boolean alikeInPlace(List<T> a, List<T> b, BiPredicate<T, T> alike) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!alike.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
