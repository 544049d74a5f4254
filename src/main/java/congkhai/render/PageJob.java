package congkhai.render;

import congkhai.model.Urls;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, through which template, and how to build its model. The model is
 * built when the job runs, on the rendering thread.
 *
 * @param path   a folder path ("loai/ke-hoach/", written as its index.html) or a file path ("atom.xml")
 * @param inputs what the page is rendered from, when that is cheaper to compare than its model (a
 *               document page: the document); otherwise a preview compares the model itself
 */
public record PageJob(String path, String template, Optional<PageInputs> inputs, Supplier<Map<String, Object>> model) {

    PageJob(String path, String template, Supplier<Map<String, Object>> model) {
        this(path, template, Optional.empty(), model);
    }

    PageJob(String path, String template, PageInputs inputs, Supplier<Map<String, Object>> model) {
        this(path, template, Optional.of(inputs), model);
    }

    /** The file the page is written to: a folder path's index.html. */
    public String file() {
        return Urls.file(path);
    }
}
