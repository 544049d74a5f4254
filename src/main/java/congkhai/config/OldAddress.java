package congkhai.config;

import congkhai.base.Located;

/**
 * An address of the site's earlier life that is no record's own, kept answering by a page that sends
 * readers on (a {@code redirects} entry of {@code site-config.yml}): a JBake site's
 * {@code /archive.html} leading to {@code /van-ban/}, say. Both are written from the site's root, as
 * a reader's browser shows them; the build checks them.
 */
public record OldAddress(Located<String> from, Located<String> to) {
}
