package congkhai.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values one plan of a preview made, by key, for the next plan to take instead of making them again;
 * a plan keeps only those it asked for, so nothing outlives the plan after the one that last used it.
 * The preview's template engine keeps its {@code <@cached>} parts from one render to the next the same
 * way ({@link KeptParts}).
 * Safe for the rendering threads, which make pages' models on every core. The key must hold all the
 * value is made from (or be an object compared by identity, {@link SameObject}, from which it is made).
 */
final class CarriedOver<K, V> {

    private final Map<K, V> lastPlan;
    private final Map<K, V> thisPlan = new ConcurrentHashMap<>();

    private CarriedOver(Map<K, V> lastPlan) {
        this.lastPlan = lastPlan;
    }

    /** A first plan's: nothing to take. */
    static <K, V> CarriedOver<K, V> none() {
        return new CarriedOver<>(Map.of());
    }

    /** The next plan's, taking what this one made or took. */
    CarriedOver<K, V> next() {
        return new CarriedOver<>(thisPlan);
    }

    /** The plan's after {@code last}'s, which is null before a first plan. */
    static <K, V> CarriedOver<K, V> after(CarriedOver<K, V> last) {
        return last == null ? none() : last.next();
    }

    V get(K key, Function<K, V> make) {
        V value = find(key);
        if (value == null) {
            value = make.apply(key);
            keep(key, value);
        }
        return value;
    }

    /** The value under {@code key} in this plan or the last, kept for the next; null when neither has one. */
    V find(K key) {
        V value = thisPlan.get(key);
        if (value == null) {
            value = lastPlan.get(key);
            if (value != null) {
                thisPlan.put(key, value);
            }
        }
        return value;
    }

    /** Keeps {@code value} under {@code key} for the next plan. */
    void keep(K key, V value) {
        thisPlan.put(key, value);
    }
}
