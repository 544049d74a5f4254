package congkhai.export;

import congkhai.search.LuceneSearch;
import org.apache.lucene.util.IntroSorter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which records the browser's list of a common term keeps, when it cannot keep them all. A common
 * term of a large portal is in hundreds of thousands of records, and there are tens of thousands of
 * such terms, so the work is done on primitive arrays: sorting boxed entries made it most of the
 * search stage at 100,000 records.
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
     * the document itself and the tasks that count towards its score.
     * Entries are {@code record << 32 | Lucene document}, as {@code BrowserIndex.scored} builds them;
     * {@code scores} and {@code parentOf} (the record number of its document) are by Lucene document.
     */
    static long[] keep(long[] entries, double[] scores, int[] parentOf, int cap) {
        int n = entries.length;
        long[] ranked = entries.clone();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = scores[(int) ranked[i]];
        }
        byScoreThenEntry(ranked, score);
        Set<Long> chosen = new HashSet<>();
        for (int i = 0; i < Math.min(n, cap / 4); i++) {
            chosen.add(ranked[i]);
        }
        // each document's entries, in score order: (document's record << 32 | rank), sorted
        long[] byDocument = new long[n];
        for (int i = 0; i < n; i++) {
            byDocument[i] = (long) parentOf[(int) ranked[i]] << 32 | i;
        }
        Arrays.sort(byDocument);
        int[] groupStart = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || byDocument[i] >>> 32 != byDocument[i - 1] >>> 32) {
                groupStart[groups++] = i;
            }
        }
        groupStart[groups] = n;
        long[] groupDocument = new long[groups];
        double[] groupScore = new double[groups];
        for (int g = 0; g < groups; g++) {
            int document = (int) (byDocument[groupStart[g]] >>> 32);
            int task = 0;
            double sum = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                int rank = (int) byDocument[i];
                if ((int) (ranked[rank] >>> 32) == document) {
                    sum += score[rank];
                } else if (task < LuceneSearch.TASK_SHARES.length) {
                    sum += LuceneSearch.TASK_SHARES[task++] * score[rank];
                }
            }
            // the group's number rides along in the low bits, so the sort moves it with its document
            groupDocument[g] = (long) document << 32 | g;
            groupScore[g] = sum;
        }
        byScoreThenEntry(groupDocument, groupScore);
        for (long ordered : groupDocument) {
            int document = (int) (ordered >>> 32);
            int g = (int) ordered;
            int tasks = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                if (chosen.size() == cap) {
                    return toArray(chosen);
                }
                long entry = ranked[(int) byDocument[i]];
                boolean own = (int) (entry >>> 32) == document;
                if (own || tasks++ < LuceneSearch.TASK_SHARES.length) {
                    chosen.add(entry);
                }
            }
        }
        return toArray(chosen);
    }

    private static long[] toArray(Set<Long> chosen) {
        return chosen.stream().mapToLong(Long::longValue).toArray();
    }

    /** Sorts both arrays together: the highest score first, ties by the smaller entry. */
    private static void byScoreThenEntry(long[] entry, double[] score) {
        new IntroSorter() {
            private double pivotScore;
            private long pivotEntry;

            @Override
            protected void swap(int i, int j) {
                long e = entry[i];
                entry[i] = entry[j];
                entry[j] = e;
                double s = score[i];
                score[i] = score[j];
                score[j] = s;
            }

            @Override
            protected int compare(int i, int j) {
                return score[i] != score[j] ? Double.compare(score[j], score[i]) : Long.compare(entry[i], entry[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivotScore = score[i];
                pivotEntry = entry[i];
            }

            @Override
            protected int comparePivot(int j) {
                return pivotScore != score[j] ? Double.compare(score[j], pivotScore) : Long.compare(pivotEntry, entry[j]);
            }
        }.sort(0, entry.length);
    }
}
