package congkhai.export;

import congkhai.search.LuceneSearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which records the browser's list of a common term keeps, when it cannot keep them all. */
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
        Comparator<Long> byScore = (a, b) -> {
            double sa = scores[(int) (long) a];
            double sb = scores[(int) (long) b];
            return sa != sb ? Double.compare(sb, sa) : Long.compare(a, b);
        };
        Long[] ranked = Arrays.stream(entries).boxed().sorted(byScore).toArray(Long[]::new);
        Set<Long> chosen = new LinkedHashSet<>(Arrays.asList(ranked).subList(0, cap / 4));
        // entries in score order, so a document's tasks are met best first
        Map<Integer, List<Long>> byDocument = new LinkedHashMap<>();
        for (long e : ranked) {
            byDocument.computeIfAbsent(parentOf[(int) e], p -> new ArrayList<>()).add(e);
        }
        List<Map.Entry<Integer, Double>> documents = new ArrayList<>();
        byDocument.forEach((document, list) -> {
            double score = 0;
            int task = 0;
            for (long e : list) {
                if ((int) (e >>> 32) == document) {
                    score += scores[(int) e];
                } else if (task < LuceneSearch.TASK_SHARES.length) {
                    score += LuceneSearch.TASK_SHARES[task++] * scores[(int) e];
                }
            }
            documents.add(Map.entry(document, score));
        });
        documents.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? Double.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()));
        for (Map.Entry<Integer, Double> document : documents) {
            int tasks = 0;
            for (long e : byDocument.get(document.getKey())) {
                if (chosen.size() == cap) {
                    return chosen.stream().mapToLong(Long::longValue).toArray();
                }
                boolean own = (int) (e >>> 32) == document.getKey();
                if (own || tasks++ < LuceneSearch.TASK_SHARES.length) {
                    chosen.add(e);
                }
            }
        }
        return chosen.stream().mapToLong(Long::longValue).toArray();
    }

}
