package congkhai.export;

import congkhai.search.LuceneSearch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The cut keeps what the plain rule says it keeps: rank every record, give the best quarter their
 * places, then walk the documents by their share of the term. The rule is written here the plain
 * way, with full sorts, and the cut, which selects and sorts only what it reads, must agree with it
 * on every case, ties of scores and of shares most of all: they decide which records a shard has.
 */
class CommonTermCutTest {

    @Test
    void keepsWhatFullSortsWouldKeep() {
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            int documents = 1 + random.nextInt(round % 3 == 0 ? 400 : 40);
            List<Integer> parents = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                int document = parents.size();
                int tasks = random.nextInt(4) == 0 ? random.nextInt(random.nextBoolean() ? 3 : 40) : 0;
                for (int t = 0; t <= tasks; t++) {
                    parents.add(document);
                }
            }
            int records = parents.size();
            // Lucene documents in some order other than records'
            int[] docOf = shuffled(records, random);
            int[] parentOf = new int[records];
            for (int r = 0; r < records; r++) {
                parentOf[docOf[r]] = parents.get(r);
            }
            // few distinct scores, so that ties are everywhere
            double[] levels = new double[1 + random.nextInt(round % 2 == 0 ? 4 : 200)];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = 0.01 + random.nextInt(1000) / 37.0;
            }
            double[] scores = new double[records];
            List<Long> entries = new ArrayList<>();
            for (int r = 0; r < records; r++) {
                if (random.nextInt(3) > 0) {
                    scores[docOf[r]] = levels[random.nextInt(levels.length)];
                    entries.add((long) r << 32 | docOf[r]);
                }
            }
            java.util.Collections.shuffle(entries, random);
            long[] given = entries.stream().mapToLong(Long::longValue).toArray();
            int cap = random.nextInt(4) == 0 ? random.nextInt(12) : 1 + random.nextInt(Math.max(1, given.length));
            long[] expected = plainRule(given, scores, parentOf, cap);
            long[] actual = CommonTermCut.keep(given.clone(), scores, parentOf, cap);
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, "round " + round + ", cap " + cap + ", " + given.length + " entries");
        }
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** The cut as first written: every record ranked, every document's share, all sorted. */
    private static long[] plainRule(long[] entries, double[] scores, int[] parentOf, int cap) {
        Comparator<Long> byScoreThenEntry = Comparator.<Long>comparingDouble(e -> -scores[(int) (long) e])
                .thenComparingLong(e -> e);
        List<Long> ranked = new ArrayList<>(Arrays.stream(entries).boxed().toList());
        ranked.sort(byScoreThenEntry);
        Set<Long> chosen = new HashSet<>(ranked.subList(0, Math.min(ranked.size(), cap / 4)));
        Map<Integer, List<Long>> byDocument = new TreeMap<>();
        for (Long e : ranked) {
            byDocument.computeIfAbsent(parentOf[(int) (long) e], d -> new ArrayList<>()).add(e);
        }
        record Share(int document, double share) {
        }
        List<Share> shares = new ArrayList<>();
        for (Map.Entry<Integer, List<Long>> d : byDocument.entrySet()) {
            int task = 0;
            double sum = 0;
            for (Long e : d.getValue()) {
                if ((int) (e >>> 32) == d.getKey()) {
                    sum += scores[(int) (long) e];
                } else if (task < LuceneSearch.TASK_SHARES.length) {
                    sum += LuceneSearch.TASK_SHARES[task++] * scores[(int) (long) e];
                }
            }
            shares.add(new Share(d.getKey(), sum));
        }
        shares.sort(Comparator.comparingDouble((Share s) -> -s.share()).thenComparingInt(Share::document));
        walk:
        for (Share s : shares) {
            int tasks = 0;
            for (Long e : byDocument.get(s.document())) {
                if (chosen.size() == cap) {
                    break walk;
                }
                boolean own = (int) (e >>> 32) == s.document();
                if (own || tasks++ < LuceneSearch.TASK_SHARES.length) {
                    chosen.add(e);
                }
            }
        }
        return chosen.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
