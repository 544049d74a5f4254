/**
 * Search: the index a build makes and the searches run against it. Start with
 * {@link congkhai.search.SearchIndexer}: it takes a {@code Site}'s records
 * ({@link congkhai.search.SearchRecords}, newest first), cuts their text with
 * {@code SearchAnalyzer} (the tokenizer of {@code congkhai.text}), and writes into the sink the
 * output stage gives ({@link congkhai.search.SearchSink}) a Lucene index, the same bytes in every
 * build ({@code ReproducibleIndex}); the browser's search data, which search.js reads, is made
 * alongside by the {@link congkhai.search.BrowserFiles} it is given ({@code export.BrowserIndex}). {@link congkhai.search.LuceneSearch} answers a query
 * ({@link congkhai.search.SearchQuery}, {@link congkhai.search.SearchFilters}) from a built site's
 * index, for {@code congkhai search} and the preview server, and
 * {@link congkhai.search.Passages} picks the passage to show. {@code export.OpenSearchExport}
 * turns the same records into an index definition and a bulk file for a cluster. search.js repeats
 * the query rules and date patterns; the shared case tables under {@code src/test/resources} keep
 * the two in step. It writes only into the sink it is given (and the Lucene {@code Directory} the
 * sink hands it), never a file of its own choosing, and renders no page.
 */
package congkhai.search;
