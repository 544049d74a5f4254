package congkhai.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Which terms of the browser's data have a file of their own: a Bloom filter over their names,
 * carried in {@code search/index.json.gz}, that search.js reads the same way. A term the filter
 * holds is looked up in its own file first; a false positive (about 1 in 100 of the other terms)
 * finds no file and falls back to the term's shard. A list of the names themselves would be
 * several times larger and is not needed: the filter never misses a name it was given.
 */
final class LargeTerms {

    static final int FNV_BASIS = 0x811c9dc5;
    /** A second hash, FNV-1a from another starting value, for double hashing. */
    static final int SECOND_BASIS = 0x050c5d1f;
    static final int BITS_PER_NAME = 10;
    static final int HASHES = 7;

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

    /** The name of a large term's file: its FNV-1a hash in hex. */
    static String fileName(String name) {
        return String.format(java.util.Locale.ROOT, "%08x", fnv1a(name, FNV_BASIS));
    }

    /** {"bits": m, "hashes": k, "filter": base64 of m bits, bit i at byte i/8, mask 1 << i%8}. */
    static ObjectNode filter(List<String> names) {
        int bits = Math.max(64, (names.size() * BITS_PER_NAME + 7) / 8 * 8);
        byte[] filter = new byte[bits / 8];
        for (String name : names) {
            for (int bit : bitsOf(name, bits)) {
                filter[bit >>> 3] |= (byte) (1 << (bit & 7));
            }
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("bits", bits);
        node.put("hashes", HASHES);
        node.put("filter", Base64.getEncoder().encodeToString(filter));
        return node;
    }

    static int[] bitsOf(String name, int bits) {
        int h1 = fnv1a(name, FNV_BASIS);
        int h2 = fnv1a(name, SECOND_BASIS) | 1;
        int[] out = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = Integer.remainderUnsigned(h1 + i * h2, bits);
        }
        return out;
    }
}
