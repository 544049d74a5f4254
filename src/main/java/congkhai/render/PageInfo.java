package congkhai.render;

import java.util.List;

/**
 * What every template knows about the page it renders.
 *
 * @param path        the page's path under the site root ("" for the home page, "loai/ke-hoach/")
 * @param feedPath    an Atom feed about this page's subject, or empty
 * @param breadcrumbs from the home page down to, not including, this page
 */
public record PageInfo(String path, String title, String description, String kind, String feedPath,
                       List<Crumb> breadcrumbs) {

    public record Crumb(String name, String path) {
    }

    public PageInfo {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
