package congkhai.render;

import congkhai.model.Urls;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, through which template, and how to build its model. The model is
 * built when the job runs, on the rendering thread. The file it is written to is worked out once: a
 * preview's plan, sitemap, path checks and comparison with the last render each look it up, for every
 * one of the 50,000 pages of a large site after every edit.
 */
public final class PageJob {

    private final String path;
    private final String template;
    private final Optional<PageInputs> inputs;
    private final Supplier<Map<String, Object>> model;
    private final String file;

    /**
     * @param path   a folder path ("loai/ke-hoach/", written as its index.html) or a file path ("atom.xml")
     * @param inputs what the page is rendered from, when that is cheaper to compare than its model (a
     *               document page: the document); otherwise a preview compares the model itself
     */
    public PageJob(String path, String template, Optional<PageInputs> inputs, Supplier<Map<String, Object>> model) {
        this.path = Objects.requireNonNull(path);
        this.template = Objects.requireNonNull(template);
        this.inputs = Objects.requireNonNull(inputs);
        this.model = Objects.requireNonNull(model);
        this.file = Urls.file(path);
    }

    PageJob(String path, String template, Supplier<Map<String, Object>> model) {
        this(path, template, Optional.empty(), model);
    }

    PageJob(String path, String template, PageInputs inputs, Supplier<Map<String, Object>> model) {
        this(path, template, Optional.of(inputs), model);
    }

    public String path() {
        return path;
    }

    public String template() {
        return template;
    }

    public Optional<PageInputs> inputs() {
        return inputs;
    }

    public Supplier<Map<String, Object>> model() {
        return model;
    }

    /** The file the page is written to: a folder path's index.html. */
    public String file() {
        return file;
    }

    @Override
    public String toString() {
        return "PageJob[" + file + " through " + template + "]";
    }
}
