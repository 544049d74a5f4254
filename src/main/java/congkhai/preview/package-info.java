/**
 * The live preview's incrementality: what kind of change an edit is ({@link congkhai.preview.ChangeKind}),
 * the session that keeps the last good site's sources and pages and renders only what an edit
 * affects ({@link congkhai.preview.PreviewSession}, {@link congkhai.preview.PageCache}), the worker that
 * remakes the search and open data files a moment later ({@link congkhai.preview.SiteDataWorker}),
 * and the loop that feeds it the watcher's changes ({@link congkhai.preview.WatchLoop}). The files
 * are written by {@code output.PreviewWriter}, served by {@code serve}.
 */
package congkhai.preview;
