/**
 * The web side of the preview. {@link congkhai.serve.StaticServer} serves a built site from a folder
 * on a local address (GET and HEAD only, never a file outside the folder, the site's
 * Content-Security-Policy as a header) and answers {@code /api/search} from the site's Lucene index
 * through {@code search.LuceneSearch}; {@link congkhai.serve.LiveReload} tells the open tabs, by
 * Server-Sent Events, that pages changed or that the last edit broke the site, through a script
 * injected only into the pages it serves; {@link congkhai.serve.SourceWatcher} gathers the changes to
 * {@code content/}, {@code templates/} and the config into batches. The {@code serve} command joins
 * them to the preview session, which decides what to rebuild. It builds nothing and writes no file:
 * it reads the folder the output stage writes.
 */
package congkhai.serve;
