package congkhai.model;

import congkhai.base.SourcePos;

/**
 * An old address where the site keeps a page that sends readers and search engines on: an alias of a
 * published document (its record's {@code aliases}), or an old address of the whole site
 * ({@code redirects} in {@code site-config.yml}).
 *
 * @param path     under the site root: a file ({@code blog/2016/05/bai.html}) or a folder ({@code tin-cu/})
 * @param target   the page readers are sent to
 * @param pos      where the old address is written
 * @param document whether the target is a document (an alias of its record), not a page named in the config
 */
public record Redirect(String path, Target target, SourcePos pos, boolean document) {

    /**
     * @param path  under the site root: a folder ({@code van-ban/}) or a file ({@code atom.xml})
     * @param label the link text for a reader whose browser does not move on by itself
     */
    public record Target(String path, String label) {
    }
}
