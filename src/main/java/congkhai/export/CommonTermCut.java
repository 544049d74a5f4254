package congkhai.export;

import congkhai.search.LuceneSearch;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.IntroSorter;

import java.util.Arrays;

/**
 * Which records the browser's list of a common term keeps, when it cannot keep them all. A common
 * term of a large portal is in hundreds of thousands of records, and there are tens of thousands of
 * such terms, so the work is done on primitive arrays, and nothing is put in order beyond what the
 * choice reads: the best records are selected, not sorted; each document's records are sorted among
 * themselves only; and of the documents, only as many as can still add a record are sorted.
 */
final class CommonTermCut {

    private CommonTermCut() {
    }

    /**
     * The {@code cap} records a common term keeps. Results are ranked by document, a document's
     * score adding its best tasks' ({@link LuceneSearch#TASK_SHARES}), so keeping the term's best
     * records one by one would keep mostly short tasks and leave out the documents a query made of
     * common words ranks first. A quarter of the places go to the best records alone, for the
     * task-by-task listing; the rest to whole documents, best first by their share of the term:
     * the document itself and the tasks that count towards its score. Records rank by score, highest
     * first, ties by the smaller entry; documents by their share, ties by the smaller record number.
     * Entries are {@code record << 32 | Lucene document}, as {@code BrowserIndex.scored} builds them;
     * {@code scores} and {@code parentOf} (the record number of its document) are by Lucene document.
     * The entries kept come back in ascending order.
     */
    static long[] keep(long[] entries, double[] scores, int[] parentOf, int cap) {
        int n = entries.length;
        // from here on a record is its index in entry order, so a smaller index is a smaller entry
        long[] entry = entries.clone();
        Arrays.sort(entry);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = scores[(int) entry[i]];
        }
        boolean[] chosen = new boolean[n];
        int count = 0;
        int best = Math.min(n, cap / 4);
        if (best > 0) {
            int[] ranked = identity(n);
            new IndexOrder(ranked, score).select(0, n, best - 1);
            for (int i = 0; i < best; i++) {
                chosen[ranked[i]] = true;
            }
            count = best;
        }
        // each document's records together, by the document's record number, then in rank order
        long[] byDocument = new long[n];
        for (int i = 0; i < n; i++) {
            byDocument[i] = (long) parentOf[(int) entry[i]] << 32 | i;
        }
        Arrays.sort(byDocument);
        int[] member = new int[n];
        int[] groupStart = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            member[i] = (int) byDocument[i];
            if (i == 0 || byDocument[i] >>> 32 != byDocument[i - 1] >>> 32) {
                groupStart[groups++] = i;
            }
        }
        groupStart[groups] = n;
        IndexOrder inRankOrder = new IndexOrder(member, score);
        int[] groupDocument = new int[groups];
        double[] groupScore = new double[groups];
        for (int g = 0; g < groups; g++) {
            inRankOrder.sort(groupStart[g], groupStart[g + 1]);
            int document = (int) (byDocument[groupStart[g]] >>> 32);
            int task = 0;
            double sum = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                int record = member[i];
                if ((int) (entry[record] >>> 32) == document) {
                    sum += score[record];
                } else if (task < LuceneSearch.TASK_SHARES.length) {
                    sum += LuceneSearch.TASK_SHARES[task++] * score[record];
                }
            }
            groupDocument[g] = document;
            groupScore[g] = sum;
        }
        // Each document visited adds a record unless its first, always addable, is among the best
        // chosen already, so at most cap + 1 documents are visited: only so many are sorted at first.
        // Groups are numbered in document order, so ties by the smaller group are by the smaller document.
        int[] groupOrder = identity(groups);
        IndexOrder documentsFirst = new IndexOrder(groupOrder, groupScore);
        int sorted = Math.min(groups, cap + 1);
        if (sorted < groups) {
            documentsFirst.select(0, groups, sorted - 1);
        }
        documentsFirst.sort(0, sorted);
        for (int k = 0; k < groups; k++) {
            if (k == sorted) {
                documentsFirst.sort(sorted, groups);
                sorted = groups;
            }
            int g = groupOrder[k];
            int document = groupDocument[g];
            int tasks = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                if (count == cap) {
                    return kept(entry, chosen);
                }
                int record = member[i];
                boolean own = (int) (entry[record] >>> 32) == document;
                if ((own || tasks++ < LuceneSearch.TASK_SHARES.length) && !chosen[record]) {
                    chosen[record] = true;
                    count++;
                }
            }
        }
        return kept(entry, chosen);
    }

    private static int[] identity(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    private static long[] kept(long[] entry, boolean[] chosen) {
        int count = 0;
        for (boolean c : chosen) {
            count += c ? 1 : 0;
        }
        long[] kept = new long[count];
        int k = 0;
        for (int i = 0; i < entry.length; i++) {
            if (chosen[i]) {
                kept[k++] = entry[i];
            }
        }
        return kept;
    }

    /**
     * Indices into {@code score} in order, the highest score first, ties by the smaller index; an
     * array of them sorted or, where only the first ones matter, selected.
     */
    private static final class IndexOrder {
        private final int[] at;
        private final double[] score;
        /** Sort and select by {@link #compareIndices}, made once for the many small sorts of one cut. */
        private final IntroSorter sorter = new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                swapSlots(i, j);
            }

            @Override
            protected int compare(int i, int j) {
                return compareIndices(at[i], at[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivot = at[i];
            }

            @Override
            protected int comparePivot(int j) {
                return compareIndices(pivot, at[j]);
            }
        };

        private final IntroSelector selector = new IntroSelector() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                swapSlots(i, j);
            }

            @Override
            protected int compare(int i, int j) {
                return compareIndices(at[i], at[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivot = at[i];
            }

            @Override
            protected int comparePivot(int j) {
                return compareIndices(pivot, at[j]);
            }
        };

        IndexOrder(int[] at, double[] score) {
            this.at = at;
            this.score = score;
        }

        int compareIndices(int a, int b) {
            return score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b);
        }

        void swapSlots(int i, int j) {
            int a = at[i];
            at[i] = at[j];
            at[j] = a;
        }

        void sort(int from, int to) {
            if (to - from > 1) {
                sorter.sort(from, to);
            }
        }

        /** Puts the indices that sorting would put before {@code k} before it, in no order. */
        void select(int from, int to, int k) {
            selector.select(from, to, k);
        }
    }
}
