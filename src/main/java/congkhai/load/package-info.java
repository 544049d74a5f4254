/**
 * The load stage: a site folder's files become parsed source records, each field with the line and
 * column it was written at, and every problem found in them. Start with
 * {@link congkhai.load.SiteLoader}: it walks {@code content/} in path order, reads every file as
 * strict UTF-8 and parses the files in parallel, a record's front matter and Markdown with
 * {@link congkhai.load.DocumentParser} ({@link congkhai.load.DocumentSource},
 * {@link congkhai.load.TaskSource}), progress updates with {@link congkhai.load.ProgressParser}
 * ({@link congkhai.load.ProgressSource}); other files are attachments, if
 * {@link congkhai.load.AttachmentTypes} allows them. It loads the theme too
 * ({@link congkhai.load.Theme}: the built-in one overlaid by the site's {@code templates/}), and
 * gives all of it as {@link congkhai.load.SiteSources}. For a preview it keeps a
 * {@code ContentSnapshot} and re-reads only the files that changed. It takes the
 * {@code SiteConfig} to check agency and topic ids against. It only reads: it resolves no reference
 * between records (that is {@code assemble}'s), renders nothing (a body stays Markdown, a
 * {@link congkhai.load.MarkdownBody}) and writes no file.
 */
package congkhai.load;
