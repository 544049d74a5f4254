package congkhai.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import congkhai.assemble.DocLink;
import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.Task;
import congkhai.assemble.Update;
import congkhai.config.Agency;
import congkhai.config.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open data files of the contract, /data/{documents,tasks,progress}.{json,csv}: the same facts
 * the pages show, for anyone to reuse. The CSV starts with a UTF-8 byte order mark and uses CRLF, so
 * spreadsheet programs open the Vietnamese text correctly.
 */
public final class OpenData {

    public static final String FOLDER = "data/";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public List<Page> pages(Site site) {
        String base = site.config().baseUrl().toString();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Document d : site.documents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("type", d.type().code());
            m.put("title", d.title());
            m.put("number", d.number());
            m.put("date", d.date().iso());
            m.put("issuer", d.issuer().map(Agency::id).orElse(null));
            m.put("issuer_name", d.issuer().map(Agency::name).orElse(null));
            m.put("signer", d.signer().map(s -> s.name()).orElse(null));
            m.put("signer_position", d.signer().map(s -> s.position()).filter(p -> !p.isEmpty()).orElse(null));
            m.put("topics", d.topics().stream().map(Topic::id).toList());
            m.put("refs", d.refs().stream().map(r -> r.external() ? r.number() : r.path().substring(0, r.path().length() - 1)).toList());
            m.put("tasks", d.tasks().size());
            m.put("url", base + d.path());
            documents.add(m);
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> progress = new ArrayList<>();
        for (Task t : site.tasks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("record", t.recordId());
            m.put("title", t.title());
            m.put("lead", t.leads().get(0).id());
            m.put("leads", t.leads().stream().map(Agency::id).toList());
            m.put("support", t.support().stream().map(Agency::id).toList());
            m.put("due", t.due().map(d -> d.iso()).orElse(null));
            m.put("due_date", t.due().map(d -> d.last().toString()).orElse(null));
            m.put("due_text", t.dueText().isEmpty() ? null : t.dueText());
            m.put("status", t.status().code());
            m.put("status_label", t.status().label());
            m.put("percent", t.percent().orElse(null));
            m.put("updated", t.updated().map(Object::toString).orElse(null));
            m.put("url", base + t.path());
            tasks.add(m);
            for (Update u : t.updates()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("task", t.id());
                p.put("date", u.date().toString());
                p.put("status", u.state().code());
                p.put("percent", u.percent().orElse(null));
                p.put("note", u.note().isEmpty() ? null : u.note());
                p.put("evidence", u.evidence().map(OpenData::evidenceKey).orElse(null));
                p.put("source", u.sourcePath());
                progress.add(p);
            }
        }
        return List.of(
                Page.text(FOLDER + "documents.json", toJson(documents)),
                Page.text(FOLDER + "tasks.json", toJson(tasks)),
                Page.text(FOLDER + "progress.json", toJson(progress)),
                Page.text(FOLDER + "documents.csv", Csv.of(documents)),
                Page.text(FOLDER + "tasks.csv", Csv.of(tasks)),
                Page.text(FOLDER + "progress.csv", Csv.of(progress)));
    }

    private static String evidenceKey(DocLink e) {
        return e.external() ? e.number() : e.path().substring(0, e.path().length() - 1);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 CSV of rows that share their keys; lists are joined with "; ". */
    static final class Csv {
        private Csv() {
        }

        static String of(List<Map<String, Object>> rows) {
            StringBuilder out = new StringBuilder("\uFEFF");
            if (rows.isEmpty()) {
                return out.toString();
            }
            List<String> columns = new ArrayList<>(rows.get(0).keySet());
            line(out, new ArrayList<>(columns));
            for (Map<String, Object> row : rows) {
                List<Object> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(row.get(c));
                }
                line(out, cells);
            }
            return out.toString();
        }

        /**
         * Spreadsheet programs run a cell that starts with =, +, - or @ as a formula. Text from content
         * must stay text, so such a cell gets a leading apostrophe, which they show as nothing;
         * negative numbers stay numbers.
         */
        static String defused(String text) {
            if (text.isEmpty()) {
                return text;
            }
            char c = text.charAt(0);
            boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                    || (c == '-' && !text.matches("-\\d+([.,]\\d+)?"));
            return formula ? "'" + text : text;
        }

        private static void line(StringBuilder out, List<?> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = cells.get(i);
                String text = v == null ? "" : v instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : v.toString();
                text = defused(text);
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(text);
                }
            }
            out.append("\r\n");
        }
    }
}
