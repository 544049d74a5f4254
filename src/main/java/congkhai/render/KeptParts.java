package congkhai.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <@cached key=[…]>…</@cached>} directive: what its body writes, kept by the place it is
 * written at and the values of {@code key}, and written again as it is where they meet again, as Hugo's
 * {@code partialCached} does. A task's row is the same in each of the seven or so lists that show it,
 * and a preview renders about seventy lists of a hundred rows again after a plan's title is edited, of
 * which one row each changed: three quarters of the rendering after such an edit.
 *
 * <p>Only a preview keeps parts, and only those of its last render and of the one under way: a build
 * renders every list once and would hold every row of a large site for little. Values in the key
 * compare by what they are when they are text, numbers, truth values, dates, or lists and maps of
 * these; any other object (a task, a document) by identity, which the immutable model makes safe, and
 * cheap: a task keeps its object while an edit leaves it unchanged.
 */
final class KeptParts implements TemplateDirectiveModel {

    private record Key(DirectiveCallPlace place, Object values) {
    }

    private final boolean keeps;
    // the parts of the last render and of the one under way, let go of as CarriedOver lets go of a plan's values
    private volatile CarriedOver<Key, String> parts = CarriedOver.none();

    /** @param keeps whether parts are kept at all: a preview's, not a build's */
    KeptParts(boolean keeps) {
        this.keeps = keeps;
    }

    /** A render ended: the parts it wrote are kept for the next one, the others are let go. */
    void renderEnded() {
        if (keeps) {
            parts = parts.next();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (!params.containsKey("key") || params.size() != 1) {
            throw new TemplateModelException("@cached takes one parameter, key: the values its body is written from");
        }
        if (loopVars.length > 0) {
            throw new TemplateModelException("@cached has no loop variables");
        }
        if (body == null) {
            return;
        }
        if (!keeps) {
            body.render(env.getOut());
            return;
        }
        Key key = new Key(env.getCurrentDirectiveCallPlace(), comparable(DeepUnwrap.unwrap((TemplateModel) params.get("key"))));
        CarriedOver<Key, String> kept = parts;
        String part = kept.find(key);
        if (part == null) {
            StringWriter out = new StringWriter(512);
            body.render(out);
            part = out.toString();
            kept.keep(key, part);
        }
        env.getOut().write(part);
    }

    private static Object comparable(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Temporal) {
            return value instanceof CharSequence text ? text.toString() : value;
        }
        if (value instanceof Collection<?> values) {
            List<Object> list = new ArrayList<>(values.size());
            values.forEach(v -> list.add(comparable(v)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new HashMap<>();
            map.forEach((k, v) -> out.put(comparable(k), comparable(v)));
            return out;
        }
        return new SameObject(value);
    }
}
