package congkhai.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which terms of the browser's data have an entry of their own in the term packs, and which: each
 * such name has a key, the top {@code bits} bits of its FNV-1a hash, and the description
 * ({@code search/index.json.gz}) lists the keys in order; the entries follow the shards in that
 * order, one a key (names that share a key share its entry). search.js looks a name's key up in
 * the list. Another name has one of the keys about once in 2^{@link #SPARE_BITS} (the list holds
 * that share of all keys): the reader takes that entry, finds no list of its name and reads the
 * shard, as before. The keys take a third more than the Bloom filter that stood here when each
 * large term was a file named by its hash (10 bits a name, 1 false positive in 100), which could
 * tell whether a name had a file but not where an entry is.
 */
final class LargeTerms {

    static final int FNV_BASIS = 0x811c9dc5;
    /** Bits of a key beyond those that number the names: 8 give one false positive in 256 or fewer. */
    static final int SPARE_BITS = 8;

    private LargeTerms() {
    }

    static int fnv1a(String key, int basis) {
        int h = basis;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    /** Bits of the keys of {@code names} large terms: enough to number them, and {@link #SPARE_BITS} more. */
    static int keyBits(int names) {
        return Math.min(32, 32 - Integer.numberOfLeadingZeros(Math.max(1, names) - 1) + SPARE_BITS);
    }

    /** A name's key: the top {@code bits} bits of its FNV-1a hash. */
    static long key(String name, int bits) {
        return Integer.toUnsignedLong(fnv1a(name, FNV_BASIS)) >>> (32 - bits);
    }

    /** The names by key, in the order of their entries. */
    static <T> List<List<T>> byKey(List<T> names, java.util.function.Function<T, String> name, int bits) {
        Map<Long, List<T>> byKey = new TreeMap<>();
        for (T n : names) {
            byKey.computeIfAbsent(key(name.apply(n), bits), k -> new ArrayList<>()).add(n);
        }
        return new ArrayList<>(byKey.values());
    }

    /** {"bits": b, "keys": [the keys in order as gaps from 0]}, from the names of each entry in order. */
    static ObjectNode description(List<String> firstNames, int bits) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("bits", bits);
        ArrayNode keys = node.putArray("keys");
        long previous = 0;
        for (String name : firstNames) {
            long key = key(name, bits);
            keys.add(key - previous);
            previous = key;
        }
        return node;
    }
}
