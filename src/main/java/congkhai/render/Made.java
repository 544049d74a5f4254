package congkhai.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, by whichever thread needs it first, that compares by that value: what
 * several pages show and is costly to make (an agency's scorecard and chart), made once for all of
 * them and only when one of them is compared with an earlier render's or rendered. Once made it lets
 * go of what made it, so a page a preview keeps holds no earlier site through it.
 */
public final class Made<T> implements Supplier<T> {

    // guarded by this
    private Supplier<T> maker;
    private T value;

    Made(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public synchronized T get() {
        if (maker != null) {
            value = Objects.requireNonNull(maker.get());
            maker = null;
        }
        return value;
    }

    /** Whether the two values are equal, each made if it was not yet. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Made<?> other && get().equals(other.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }
}
