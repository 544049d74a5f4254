package congkhai.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Results as JSON, the same for {@code congkhai search --json} and the preview server's /api/search. */
public final class SearchJson {

    private SearchJson() {
    }

    public static ArrayNode hits(LuceneSearch.Results results) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (LuceneSearch.Hit h : results.hits()) {
            ObjectNode o = array.addObject();
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
            o.put("score", h.score());
            o.put("snippet", h.snippet().text());
            ArrayNode marks = o.putArray("highlights");
            h.snippet().marks().forEach(m -> marks.addArray().add(m[0]).add(m[1]));
        }
        return array;
    }
}
