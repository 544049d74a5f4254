/**
 * The files the site publishes for others than the reader of a page: open data, JSON and CSV for
 * whoever reuses the records ({@link congkhai.export.OpenData}); the browser's search files, shards
 * of terms with their scores and chunks of records, from the Lucene index as the search stage makes
 * it ({@link congkhai.export.BrowserIndex}); and the bulk file of an OpenSearch cluster
 * ({@link congkhai.export.OpenSearchExport}). It comes after {@code search} and writes through
 * {@code congkhai.pages}.
 */
package congkhai.export;
