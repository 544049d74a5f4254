package congkhai.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenDataJsonTest {

    private static String written(List<Map<String, Object>> rows) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new OpenData.RowPerLine());
            g.writeStartArray();
            for (Map<String, Object> row : rows) {
                json.writeValue(g, row);
            }
            g.writeEndArray();
        }
        return out.toString();
    }

    @Test
    void eachRowIsOneLineAndItsListsAndObjectsStayOnIt() throws IOException {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", "plans/2023-05-27-kh-122#t1");
        first.put("support", List.of("so-xd", "so-tnmt"));
        first.put("subtasks", List.of());
        first.put("period", Map.of("label", "năm 2025"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", "plans/2023-05-27-kh-122#t2");
        second.put("percent", null);
        String text = written(List.of(first, second));
        assertEquals("[\n"
                + "{\"id\":\"plans/2023-05-27-kh-122#t1\",\"support\":[\"so-xd\",\"so-tnmt\"],\"subtasks\":[],\"period\":{\"label\":\"năm 2025\"}},\n"
                + "{\"id\":\"plans/2023-05-27-kh-122#t2\",\"percent\":null}\n"
                + "]", text);
        assertEquals(List.of(first, second), new ObjectMapper().readValue(text, List.class));
    }

    @Test
    void noRowsIsAnEmptyArray() throws IOException {
        assertEquals("[]", written(List.of()));
    }
}
