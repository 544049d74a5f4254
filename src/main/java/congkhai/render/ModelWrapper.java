package congkhai.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelAdapter;
import freemarker.template.TemplateModelException;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How templates see the model: Freemarker's {@link DefaultObjectWrapper}, with an {@code Optional} shown
 * as its value or as missing (so {@code doc.issuer??} reads naturally), and records and enums wrapped
 * and read with less work than its beans take, into the very same models.
 *
 * <p>Templates wrap a record thousands of times a page, and read a property of it more often still.
 * DefaultObjectWrapper found a record's model after a dozen failed type checks and a look-up of its
 * model factory; here a record or an enum that would end there gets that model, a
 * {@link GenericObjectModel}, at once. The model reads {@code doc.title} as before (the names, the
 * methods behind them, {@code ?keys}, methods called with arguments, a missing name and its error are
 * all Freemarker's own), but the no-argument method it calls for a property is called through a
 * function made once per method, not through {@code Method.invoke} and its access check.
 */
final class ModelWrapper extends DefaultObjectWrapper {

    /** Whether DefaultObjectWrapper gives an object of the class a GenericObjectModel, by class. */
    private final ClassValue<Boolean> beanModelled = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return beanModelled(type);
        }
    };
    /** A function calling each method read so far, or {@link #NO_FUNCTION} where Method.invoke stays. */
    private final Map<Method, Function<Object, Object>> functions = new ConcurrentHashMap<>();
    private static final Function<Object, Object> NO_FUNCTION = o -> {
        throw new IllegalStateException("not a function");
    };

    ModelWrapper() {
        super(configuration(), true);
    }

    /** Records and enums alike: {@code status.code} calls {@code code()}. */
    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b;
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Optional<?> opt) {
            obj = opt.orElse(null);
        }
        if (obj instanceof String s) {
            // what DefaultObjectWrapper makes of a string, without the type checks it makes first
            return new SimpleScalar(s);
        }
        if ((obj instanceof Record || obj instanceof Enum) && beanModelled.get(obj.getClass())) {
            // what its handleUnknownType and the beans' model cache end in, without the way there
            return new GenericObjectModel(obj, this);
        }
        return super.wrap(obj);
    }

    /**
     * Whether a record or enum class is none of the kinds DefaultObjectWrapper wraps otherwise (a template
     * model or its adapter, a collection, map, iterator, enumeration, iterable or DOM node; records and
     * enums cannot be strings, numbers, dates, booleans or arrays), while no model cache is on.
     */
    private boolean beanModelled(Class<?> type) {
        if (getUseCache() || !(type.isRecord() || Enum.class.isAssignableFrom(type))) {
            return false;
        }
        for (Class<?> kind : new Class<?>[] {TemplateModel.class, TemplateModelAdapter.class, Collection.class, Map.class,
                Iterator.class, Enumeration.class, Iterable.class, org.w3c.dom.Node.class}) {
            if (kind.isAssignableFrom(type)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Calls a method for a bean model: one without arguments (a property such as {@code doc.title}, or
     * {@code doc.title()}) through its function, as Method.invoke would, its exception wrapped the same
     * way; any other as before.
     */
    @Override
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (args == null || args.length == 0) {
            Function<Object, Object> f = functions.get(method);
            if (f == null) {
                f = functions.computeIfAbsent(method, ModelWrapper::function);
            }
            if (f != NO_FUNCTION) {
                Object value;
                try {
                    value = f.apply(object);
                } catch (Throwable e) {
                    throw new InvocationTargetException(e);
                }
                return getOuterIdentity().wrap(value);
            }
        }
        return super.invokeMethod(object, method, args);
    }

    /** The methods read through a function (for tests: a method read before and missing here is read slowly). */
    boolean readsThroughFunction(Method method) {
        Function<Object, Object> f = functions.get(method);
        return f != null && f != NO_FUNCTION;
    }

    /**
     * A function calling a public instance method of a public class that takes no argument and returns a
     * value, made by LambdaMetafactory; {@link #NO_FUNCTION} for any other method, or if none can be made.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Method method) {
        Class<?> owner = method.getDeclaringClass();
        if (!Modifier.isPublic(owner.getModifiers()) || !Modifier.isPublic(method.getModifiers())
                || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                || method.getReturnType() == void.class) {
            return NO_FUNCTION;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Class<?> returned = MethodType.methodType(method.getReturnType()).wrap().returnType();
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    lookup.unreflect(method), MethodType.methodType(returned, owner)).getTarget().invoke();
        } catch (Throwable e) {
            return NO_FUNCTION;
        }
    }
}
