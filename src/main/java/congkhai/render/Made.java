package congkhai.render;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, by whichever thread needs it first, that compares by that value: what
 * several pages show and is costly to make (an agency's scorecard and chart), made once for all of
 * them and only when one of them is compared with an earlier render's or rendered. It may be given
 * what it is made from: two made from equal sources are equal without being made, and a preview
 * then compares an agency's tasks, not the scorecards and charts of all agencies made again after
 * every edit of one task. Once made it lets go of its maker, so a page a preview keeps holds no
 * earlier site through it (a source holds only what it names).
 */
public final class Made<T> implements Supplier<T> {

    private final Object source;
    // guarded by this
    private Supplier<T> maker;
    private T value;
    private volatile Compared lastCompared;

    Made(Supplier<T> maker) {
        this(new Object(), maker);
    }

    /** @param source what {@code maker} makes the value from and nothing else: equal sources make equal values */
    Made(Object source, Supplier<T> maker) {
        this.source = Objects.requireNonNull(source);
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

    /**
     * Whether the two values are equal: at once when their sources are, else each made if it was not yet.
     * The answer for the last one compared with is kept: the pages of a view share one, and a preview
     * compares each page with the last render's, whose pages share one too.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Made<?> other)) {
            return false;
        }
        Compared last = lastCompared;
        if (last != null && last.with().get() == other) {
            return last.equal();
        }
        boolean sameSource = source.equals(other.source);
        if (sameSource) {
            takeValueOf(other);
        }
        boolean equal = sameSource || get().equals(other.get());
        lastCompared = new Compared(new WeakReference<>(other), equal);
        return equal;
    }

    /**
     * Takes {@code other}'s value, made from an equal source, if it was made and this one was not: a page
     * of a view an edit changed is rendered with counts equal to the last plan's, which need not be
     * counted again. One lock at a time, so two values compared each with the other never wait on each other.
     */
    private void takeValueOf(Made<?> other) {
        Object made;
        synchronized (other) {
            made = other.maker == null ? other.value : null;
        }
        if (made != null) {
            synchronized (this) {
                if (maker != null) {
                    @SuppressWarnings("unchecked")
                    T same = (T) made;
                    value = same;
                    maker = null;
                }
            }
        }
    }

    /** Held weakly: a kept page's value would otherwise hold the one of every render before it. */
    private record Compared(WeakReference<Made<?>> with, boolean equal) {
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }
}
