package congkhai.render;

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
record PageJob(String path, String template, Optional<Object> inputs, Supplier<Map<String, Object>> model) {

    PageJob(String path, String template, Supplier<Map<String, Object>> model) {
        this(path, template, Optional.empty(), model);
    }
}
