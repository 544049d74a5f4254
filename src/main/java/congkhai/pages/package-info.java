/**
 * The output port: a file of the site in memory ({@link congkhai.pages.Page}) and where the stages
 * that make files hand them on ({@link congkhai.pages.PageSink}), HTML, XML, JSON, CSV, NDJSON or gzip
 * alike. It sits below {@code render}, so render, search and export all write through it, and
 * {@code output} implements it; it knows nothing of files or of the site.
 */
package congkhai.pages;
