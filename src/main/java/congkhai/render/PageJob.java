package congkhai.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, through which template, and how to build its model. The model is
 * built when the job runs, on the rendering thread.
 *
 * @param path a folder path ("loai/ke-hoach/", written as its index.html) or a file path ("atom.xml")
 */
record PageJob(String path, String template, Supplier<Map<String, Object>> model) {
}
