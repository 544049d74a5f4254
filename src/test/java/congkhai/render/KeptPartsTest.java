package congkhai.render;

import congkhai.base.Lang;
import congkhai.base.Translator;
import congkhai.load.Labels;
import congkhai.load.Theme;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code <@cached>}: a preview's engine writes a body's earlier output again where its key's values meet
 * again, at the same place, and forgets what its last render did not write; a build's writes every body.
 */
class KeptPartsTest {

    public record Row(String title) {
    }

    private static final String PAGE = """
            <#macro row r extra><@cached key=[r, extra]>[${r.title}|${note}]</@cached></#macro>
            <@row r=first extra=extra/><@cached key=[first, extra]>(${note})</@cached>""";

    private static TemplateEngine engine(boolean keeps) {
        return new TemplateEngine(new Theme(Map.of("page.ftlh", PAGE), Map.of(), new Labels(Map.of())), URI.create("https://x.gov.vn/"), keeps);
    }

    private static String render(TemplateEngine engine, Object first, Object extra, String note) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("first", first);
        model.put("extra", extra);
        model.put("note", note);
        return engine.render("page.ftlh", model);
    }

    @Test
    void aPreviewWritesAPartAgainWhereTheSameValuesMeetAtTheSamePlace() throws Exception {
        TemplateEngine engine = engine(true);
        Row row = new Row("Kế hoạch");
        // the note is not in the key: a body reused keeps the note it was written with
        assertEquals("[Kế hoạch|một](một)", render(engine, row, List.of("a", 1), "một"));
        assertEquals("[Kế hoạch|một](một)", render(engine, row, List.of("a", 1), "hai"));
        // lists and maps of plain values compare by value
        assertEquals("[Kế hoạch|hai](hai)", render(engine, row, Map.of("lớp", "x"), "hai"));
        assertEquals("[Kế hoạch|hai](hai)", render(engine, row, new HashMap<>(Map.of("lớp", "x")), "ba"));
        // a record of the model compares by identity: an equal one is another record
        assertEquals("[Kế hoạch|bốn](bốn)", render(engine, new Row("Kế hoạch"), Map.of("lớp", "x"), "bốn"));
    }

    @Test
    void aPreviewForgetsThePartsItsLastRenderDidNotWrite() throws Exception {
        TemplateEngine engine = engine(true);
        Row row = new Row("Kế hoạch");
        assertEquals("[Kế hoạch|một](một)", render(engine, row, true, "một"));
        engine.renderEnded();
        assertEquals("[Kế hoạch|một](một)", render(engine, row, true, "hai"));
        engine.renderEnded();
        render(engine, row, false, "ba");
        engine.renderEnded();
        assertEquals("[Kế hoạch|bốn](bốn)", render(engine, row, true, "bốn"));
    }

    @Test
    void aBuildWritesEveryBody() throws Exception {
        TemplateEngine engine = engine(false);
        Row row = new Row("Kế hoạch");
        assertEquals("[Kế hoạch|một](một)", render(engine, row, true, "một"));
        assertEquals("[Kế hoạch|hai](hai)", render(engine, row, true, "hai"));
    }

    @Test
    void aCachedWithoutItsKeyFailsThePage() {
        TemplateEngine engine = new TemplateEngine(new Theme(Map.of("page.ftlh", "<@cached>x</@cached>"), Map.of(), new Labels(Map.of())),
                URI.create("https://x.gov.vn/"), true);
        TemplateEngine.TemplateFailure failure = assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render("page.ftlh", Map.of()));
        assertEquals("templates/page.ftlh:1:1: error: template failed: @cached takes one parameter, key: the values its body is written from",
                failure.problem().toString());
        assertEquals("templates/page.ftlh:1:1: error: lỗi khi dựng mẫu giao diện: @cached nhận đúng một tham số, key: các giá trị mà phần bên trong được viết từ đó",
                Translator.of(Lang.VI).apply(failure.problem().toString()));
    }
}
