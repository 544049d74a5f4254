package congkhai.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Results as JSON, the same for {@code congkhai search --json} and the preview server's /api/search:
 * one object per document, with its matching tasks under {@code tasks} and the count of the others
 * in {@code moreTasks}; tasks alone ({@code --type task}) are listed one by one.
 */
public final class SearchJson {

    private SearchJson() {
    }

    public static ArrayNode hits(LuceneSearch.Results results) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (LuceneSearch.Group g : results.groups()) {
            ObjectNode o = array.addObject();
            record(o, g.record());
            o.put("score", (float) g.score());
            if (!g.record().type().equals(SearchRecords.TASK)) {
                o.put("matched", g.record().matched());
                ArrayNode tasks = o.putArray("tasks");
                for (LuceneSearch.Hit t : g.tasks()) {
                    ObjectNode task = tasks.addObject();
                    record(task, t);
                    task.put("score", t.score());
                }
                o.put("moreTasks", g.moreTasks());
            }
        }
        return array;
    }

    private static void record(ObjectNode o, LuceneSearch.Hit h) {
        o.put("id", h.id());
        o.put("type", h.type());
        o.put("typeLabel", h.typeLabel());
        o.put("title", h.title());
        o.put("number", h.number());
        o.put("url", h.url());
        o.put("date", h.date());
        o.put("issuer", h.issuer());
        if (!h.source().isEmpty()) {
            o.put("source", h.source());
        }
        if (!h.status().isEmpty()) {
            o.put("status", h.status());
            o.put("statusLabel", h.statusLabel());
            o.put("leads", h.leads());
            o.put("deadline", h.deadline());
        }
        o.put("snippet", h.snippet().text());
        ArrayNode marks = o.putArray("highlights");
        h.snippet().marks().forEach(m -> marks.addArray().add(m[0]).add(m[1]));
    }
}
