package congkhai.assemble;

import congkhai.base.SourcePos;

/**
 * An old address of a published document (its record's {@code aliases}), where the site keeps a page
 * that sends readers and search engines on to the document's page.
 *
 * @param path   under the site root: a file ({@code blog/2016/05/bai.html}) or a folder ({@code tin-cu/})
 * @param target the document
 * @param pos    where the alias is written
 */
public record Redirect(String path, DocLink target, SourcePos pos) {
}
