package congkhai.render;

import congkhai.base.Labelled;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.load.Labels;
import congkhai.load.Theme;
import congkhai.model.Urls;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Freemarker over a theme held in memory. One configuration per build; templates are parsed once
 * and rendered from many threads.
 */
public final class TemplateEngine {

    /** Raised when a template fails; carries a located problem for the build report. */
    public static final class TemplateFailure extends Exception {
        private final transient Problem problem;

        TemplateFailure(Problem problem, Throwable cause) {
            super(problem.toString(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * The Content-Security-Policy of every page, behind the allow-list cleaning of content: scripts only
     * from the site's own files (the default theme has none; JSON-LD is data and is not run), nothing
     * inline, no plugins, no {@code <base>}, images also from the web because bodies may show them.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: http:; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
            + "form-action 'self'; base-uri 'none'";

    private final Configuration cfg;
    private final KeptParts parts;

    /** A build's: every page rendered once, nothing kept between pages. */
    public TemplateEngine(Theme theme, URI baseUrl) {
        this(theme, baseUrl, false);
    }

    /**
     * @param keepsParts whether what {@code <@cached>} bodies write is kept from one render to the next
     *                   ({@link #renderEnded}): a preview's engine, which renders the pages an edit
     *                   changed again and again
     */
    public TemplateEngine(Theme theme, URI baseUrl, boolean keepsParts) {
        parts = new KeptParts(keepsParts);
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        theme.templates().forEach(loader::putTemplate);
        cfg.setTemplateLoader(loader);
        ModelWrapper wrapper = new ModelWrapper();
        cfg.setObjectWrapper(wrapper);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        String basePath = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
        String absolute = baseUrl.toString();
        cfg.setSharedVariable("url", (TemplateMethodModelEx) args -> basePath + pathArg(args));
        // the site's paths by kind of page, for links no model carries: urls.agency(a), urls.tracker()
        cfg.setSharedVariable("urls", staticModel(wrapper, Urls.class));
        // the statuses by name, for the lists of one status: urls.tasksWithStatus(TaskStatus.OVERDUE.slug)
        cfg.setSharedVariable("TaskStatus", enumModel(wrapper, congkhai.model.TaskStatus.class));
        cfg.setSharedVariable("asset", (TemplateMethodModelEx) args -> basePath + encodePath(Urls.asset(nameArg(args))));
        cfg.setSharedVariable("absUrl", (TemplateMethodModelEx) args -> absolute + pathArg(args));
        cfg.setSharedVariable("csp", cspMarkup());
        cfg.setSharedVariable("date", (TemplateMethodModelEx) TemplateEngine::formatDate);
        cfg.setSharedVariable("isoDate", (TemplateMethodModelEx) TemplateEngine::isoDate);
        cfg.setSharedVariable("nobreak", (TemplateMethodModelEx) TemplateEngine::nobreak);
        Labels labels = theme.labels();
        cfg.setSharedVariable("label", (TemplateMethodModelEx) args -> label(labels, args));
        cfg.setSharedVariable("cached", parts);
    }

    /**
     * A render of the site's pages, whole or those an edit changed, ended: the parts it wrote through
     * {@code <@cached>} are kept for the next, the older ones let go.
     */
    public void renderEnded() {
        parts.renderEnded();
    }

    /**
     * The policy as markup for {@code content="${csp}"}: escaped as text, each of its eighteen apostrophes
     * became {@code &#39;}, 72 bytes on every page, and an apostrophe needs no escape in an attribute
     * quoted with {@code "}. Safe only while the policy holds no {@code "}, {@code &} or {@code <}
     * (SamplePortalTest reads it back from every page).
     */
    private static TemplateModel cspMarkup() {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(CONTENT_SECURITY_POLICY);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code label("page.search.title")}, {@code label(task.status)} or {@code label("page.led.title", name)}:
     * the theme's words, from its labels file; a key the file lacks fails the page where it is used.
     */
    private static Object label(Labels labels, List<?> args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("label(key) takes the key of a label in " + Labels.FILE);
        }
        Object first = DeepUnwrap.unwrap((TemplateModel) args.get(0));
        String key;
        if (first instanceof Labelled thing) {
            key = thing.labelKey();
        } else if (first instanceof String s) {
            key = s;
        } else {
            throw new TemplateModelException("label(key) takes the key of a label in " + Labels.FILE + ", not " + first);
        }
        Optional<String> text = labels.find(key);
        if (text.isEmpty()) {
            throw new TemplateModelException("unknown label '" + key + "': templates/" + Labels.FILE
                    + " and the built-in theme's have no such key");
        }
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            Object value = DeepUnwrap.unwrap((TemplateModel) args.get(i));
            values[i - 1] = value instanceof PartialDate d ? d.display() : value;
        }
        return labels.get(key, values);
    }

    /**
     * Text for HTML with each document number kept on one line: a browser breaks "74-CTr/TU" after
     * its hyphen, and "74-" at a line's end reads as another number. The text is escaped first.
     */
    private static Object nobreak(List<?> args) throws TemplateModelException {
        if (args.size() != 1) {
            throw new TemplateModelException("nobreak(text) takes one argument");
        }
        String text = args.get(0) instanceof freemarker.template.TemplateScalarModel m ? m.getAsString() : String.valueOf(args.get(0));
        return freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup(nobreakHtml(text));
    }

    /**
     * The escaped text with each number word in a nowrap span. A number word is what the pattern
     * {@code [\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[-/.][\p{L}\p{N}&]+)+} finds, with a hyphen or slash in it: a
     * run of letters and digits with a digit in it, then one or more times a separator and a run of
     * letters, digits and '&'. Scanned by hand: the regular expression was a few percent of a build.
     */
    static String nobreakHtml(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('/') < 0) {
            // a number word is kept whole only for a hyphen or slash in it: with neither, the text is only escaped
            StringBuilder html = new StringBuilder(text.length() + 16);
            escapeInto(html, text, 0, text.length());
            return html.toString();
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        int length = text.length();
        int escaped = 0;
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // a maximal run of letters and digits: a match can only start at its start, and only if it has a digit
            int start = i;
            boolean digit = false;
            while (i < length) {
                cp = text.codePointAt(i);
                if (!isLetterOrNumber(cp)) {
                    break;
                }
                digit |= isNumber(cp);
                i += Character.charCount(cp);
            }
            if (!digit) {
                continue;
            }
            int end = i;
            boolean breakable = false;
            while (end + 1 < length && isSeparator(text.charAt(end)) && isNumberWordPart(text.codePointAt(end + 1))) {
                breakable |= text.charAt(end) != '.';
                int j = end + 1;
                while (j < length) {
                    int c = text.codePointAt(j);
                    if (!isNumberWordPart(c)) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                end = j;
            }
            if (end == i) {
                continue;
            }
            if (breakable) {
                escapeInto(html, text, escaped, start);
                html.append("<span class=\"nowrap\">");
                escapeInto(html, text, start, end);
                html.append("</span>");
                escaped = end;
            }
            i = end;
        }
        escapeInto(html, text, escaped, length);
        return html.toString();
    }

    private static boolean isLetterOrNumber(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    /** What {@code \p{N}} matches: decimal digits, letter numbers ("Ⅻ") and other numbers ("²"). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    private static boolean isNumberWordPart(int cp) {
        return cp == '&' || isLetterOrNumber(cp);
    }

    private static void escapeInto(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    /** Parses every template now, so syntax errors in all of them are reported together. */
    public List<Problem> check(Theme theme) {
        return theme.templates().keySet().stream()
                .map(name -> {
                    try {
                        cfg.getTemplate(name);
                        return Optional.<Problem>empty();
                    } catch (ParseException e) {
                        return Optional.of(new Problem(new SourcePos("templates/" + name, e.getLineNumber(), e.getColumnNumber()),
                                "template syntax: " + oneLine(e.getEditorMessage())));
                    } catch (IOException e) {
                        return Optional.of(new Problem(SourcePos.startOf("templates/" + name), "cannot load template: " + e.getMessage()));
                    }
                })
                .flatMap(Optional::stream)
                .toList();
    }

    public String render(String templateName, Map<String, Object> model) throws TemplateFailure {
        StringWriter out = new StringWriter(16_384);
        render(templateName, model, out);
        return out.toString();
    }

    /** Renders into {@code out} as the template runs, without holding the page; the caller closes it. */
    public void render(String templateName, Map<String, Object> model, Writer out) throws TemplateFailure {
        try {
            Template template = cfg.getTemplate(templateName);
            // a SimpleHash keeps what it wraps: "doc" is wrapped once a page, not at each of its dozens of uses
            template.process(new SimpleHash(model, cfg.getObjectWrapper()), out);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(new Problem(SourcePos.startOf("templates/" + templateName),
                    "template not found; the theme must have " + templateName), e);
        } catch (ParseException e) {
            throw new TemplateFailure(new Problem(new SourcePos("templates/" + e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax: " + oneLine(e.getEditorMessage())), e);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            String message = e.getMessageWithoutStackTop().strip();
            String blamed = e.getBlamedExpressionString();
            String what = message.startsWith("The following has evaluated to null or missing") && blamed != null
                    ? "'" + blamed + "' is null or missing"
                    : oneLine(message.lines().findFirst().orElse(message)) + (blamed == null ? "" : " (in '" + blamed + "')");
            throw new TemplateFailure(new Problem(new SourcePos("templates/" + name, line, column), "template failed: " + what), e);
        } catch (IOException e) {
            throw new TemplateFailure(new Problem(SourcePos.startOf("templates/" + templateName), e.getMessage()), e);
        }
    }

    /** Freemarker spreads its "was expecting one of" lists over many lines; a problem is one line. */
    private static String oneLine(String message) {
        String flat = message.strip().replaceAll("\\s*\\n\\s*", " ");
        return flat.length() > 240 ? flat.substring(0, 237) + "..." : flat;
    }

    private static String pathArg(List<?> args) throws TemplateModelException {
        if (args.size() != 1) {
            throw new TemplateModelException("expects one path");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) args.get(0));
        String path = value == null ? "" : value.toString();
        return encodePath(path.startsWith("/") ? path.substring(1) : path);
    }

    private static TemplateModel staticModel(DefaultObjectWrapper wrapper, Class<?> type) {
        try {
            return wrapper.getStaticModels().get(type.getName());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateModel enumModel(DefaultObjectWrapper wrapper, Class<? extends Enum<?>> type) {
        try {
            return wrapper.getEnumModels().get(type.getName());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nameArg(List<?> args) throws TemplateModelException {
        if (args.size() != 1 || !(args.get(0) instanceof freemarker.template.TemplateScalarModel name)) {
            throw new TemplateModelException("asset(name) takes the name of a file in assets/");
        }
        return name.getAsString();
    }

    /**
     * A site path as it may stand in a URL: attachment names keep their spaces and Vietnamese letters on
     * disk, so they are percent-encoded here. What follows a '#' is an anchor id and stays as it is.
     */
    static String encodePath(String path) {
        int hash = path.indexOf('#');
        if (isUrlSafe(path, hash < 0 ? path.length() : hash)) {
            // the common case, a slug path: nothing to encode, and no bytes to make for it
            return path;
        }
        String part = hash < 0 ? path : path.substring(0, hash);
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return hash < 0 ? out.toString() : out.append(path.substring(hash)).toString();
    }

    /** Whether the first {@code end} characters are all ones {@link #encodePath} keeps as they are. */
    private static boolean isUrlSafe(String path, int end) {
        for (int i = 0; i < end; i++) {
            char c = path.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static Object formatDate(List<?> args) throws TemplateModelException {
        Object value = args.isEmpty() ? null : DeepUnwrap.unwrap((TemplateModel) args.get(0));
        if (value instanceof PartialDate d) {
            return d.display();
        }
        if (value instanceof LocalDate d) {
            return PartialDate.ofDay(d).display();
        }
        throw new TemplateModelException("date(...) expects a date, got " + value);
    }

    private static Object isoDate(List<?> args) throws TemplateModelException {
        Object value = args.isEmpty() ? null : DeepUnwrap.unwrap((TemplateModel) args.get(0));
        if (value instanceof PartialDate d) {
            // HTML's datetime has no quarter; a quarter deadline falls on its last day
            return d.precision() == PartialDate.Precision.QUARTER ? d.last().toString() : d.iso();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        throw new TemplateModelException("isoDate(...) expects a date, got " + value);
    }
}
