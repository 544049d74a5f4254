package congkhai.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ModelWrapper against the wrapper templates had before it (Freemarker's beans with Optional unwrapped):
 * every expression gives the same text, or fails with the same message.
 */
class ModelWrapperTest {

    public enum Kind {
        PLAN("ke-hoach"), NEWS("tin");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String slug() {
            return slug;
        }
    }

    public record Item(String name, int rank) {
    }

    /** Components of every kind a template meets, and methods that are not components. */
    public record Rec(String title, Optional<String> note, Optional<Item> lead, int count, boolean open, List<Item> items,
                      Map<String, Integer> map, Kind kind, LocalDate date, String value, Optional<String> none) {

        public String greet(String who) {
            return "chào " + who + " từ " + title;
        }

        public String shout() {
            return title.toUpperCase(Locale.ROOT);
        }

        /** A bean property, {@code long}, and not a property {@code isLong}. */
        public boolean isLong() {
            return count > 2;
        }

        /** A bean getter beside a component of its name: Freemarker reads which one, as before. */
        public String getValue() {
            return "getter:" + value;
        }

        public String over() {
            return "none";
        }

        public String over(int n) {
            return "n=" + n;
        }

        public String failing() {
            throw new IllegalStateException("no");
        }
    }

    private static final Rec REC = new Rec("Kế hoạch <số> 1", Optional.of("ghi chú"), Optional.of(new Item("A", 1)), 3, true,
            List.of(new Item("A", 1), new Item("B", 2)), new LinkedHashMap<>(Map.of("a", 7)), Kind.PLAN,
            LocalDate.of(2025, 6, 30), "v", Optional.empty());

    private static final List<String> EXPRESSIONS = List.of(
            "${r.title}", "${r.title()}", "${r.note}", "${r.note!'-'}", "${r.note??}", "${r.none!'-'}", "${r.none??}",
            "${r.lead.name}", "<#if r.lead??>${r.lead.rank}</#if>",
            "${r.count}", "${r.count + 1}", "${r.count()}", "${r.open?c}", "<#if r.open>y</#if>",
            "<#list r.items as i>${i.name}:${i.rank};</#list>", "${r.items?size}", "${r.items?has_content?c}",
            "${r.map.a}", "${r.map?size}", "${r.kind}", "${r.kind.code}", "${r.kind.code()}", "${r.kind.slug}",
            "${r.kind.name()}", "${r.kind == 'PLAN'}", "${r.date}", "${r.date.year}",
            "${r.greet('x')}", "${r.shout}", "${r.shout()}", "${r.long?c}", "${r.isLong()?c}", "${r.value}", "${r.value()}",
            "${r.getValue()}", "${r.over}", "${r.over(2)}", "${r.over()}", "${r}", "${r?has_content?c}", "${r.items[0]}",
            "${r?is_hash?c} ${r?is_hash_ex?c} ${r?is_string?c} ${r?is_method?c} ${r.title?is_method?c} ${r.shout?is_method?c}",
            "<#list r?keys?sort as k>${k} </#list>", "${r?size}", "${r.hashCode() == r.hashCode}",
            "${r.nope}", "${r.title.nope}", "${r.nope()}", "${r.count.nope}", "${r.failing}", "${r.failing()}",
            "${r.title('x')}", "${r.kind.nope}");

    @Test
    void everyExpressionGivesWhatTheBeanWrapperGave() throws IOException {
        Configuration before = configuration(new BeanWrapperAsBefore());
        Configuration now = configuration(new ModelWrapper());
        for (String expression : EXPRESSIONS) {
            assertEquals(render(before, expression), render(now, expression), expression);
        }
    }

    @Test
    void aMissingPropertyFailsAsBefore() throws IOException {
        String failure = render(configuration(new ModelWrapper()), "${r.summary}");
        assertTrue(failure.startsWith("failed: The following has evaluated to null or missing:"), failure);
        assertEquals(render(configuration(new BeanWrapperAsBefore()), "${r.summary}"), failure);
    }

    @Test
    void recordsAndEnumsGetTheBeanModelTheyHadAndItsPropertiesAreReadThroughFunctions() throws Exception {
        ModelWrapper wrapper = new ModelWrapper();
        BeanWrapperAsBefore before = new BeanWrapperAsBefore();
        for (Object value : List.of(REC, Kind.NEWS, Optional.of(new Item("A", 1)), List.of(REC), LocalDate.of(2025, 1, 1),
                Map.of("a", 1), "chữ", 3, true)) {
            assertEquals(before.wrap(value).getClass(), wrapper.wrap(value).getClass(), value::toString);
        }
        assertInstanceOf(GenericObjectModel.class, wrapper.wrap(REC));
        assertEquals(null, wrapper.wrap(Optional.empty()));

        render(configuration(wrapper), "${r.title} ${r.kind.code} ${r.shout()} ${r.over(1)} ${r.long?c}");
        for (Method read : List.of(Rec.class.getMethod("title"), Kind.class.getMethod("code"), Rec.class.getMethod("shout"),
                Rec.class.getMethod("isLong"))) {
            assertTrue(wrapper.readsThroughFunction(read), read::toString);
        }
        assertFalse(wrapper.readsThroughFunction(Rec.class.getMethod("over", int.class)));
    }

    private static Configuration configuration(ObjectWrapper wrapper) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        return cfg;
    }

    /** The page the expression makes, or the message it fails with. */
    private static String render(Configuration cfg, String expression) throws IOException {
        StringWriter out = new StringWriter();
        try {
            new Template("t", expression, cfg).process(Map.of("r", REC), out);
            return out.toString();
        } catch (TemplateException e) {
            return "failed: " + e.getMessageWithoutStackTop();
        }
    }

    /** TemplateEngine's wrapper before ModelWrapper: Freemarker's beans, an Optional shown as its value. */
    private static final class BeanWrapperAsBefore extends DefaultObjectWrapper {
        BeanWrapperAsBefore() {
            super(builder(), true);
        }

        private static DefaultObjectWrapperBuilder builder() {
            DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
            b.setDefaultZeroArgumentNonVoidMethodPolicy(
                    ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
            return b;
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            return super.wrap(obj instanceof Optional<?> opt ? opt.orElse(null) : obj);
        }
    }
}
