/**
 * The assemble stage: the {@code SiteConfig} and what {@code load} read become one immutable
 * {@link congkhai.assemble.Site}, ready to render. Every reference is resolved, by id or by a
 * citation's number, date and issuer ({@link congkhai.assemble.NumberIndex},
 * {@link congkhai.assemble.CitationReader}), to a record or to a document the portal does not have;
 * documents are linked both ways; progress updates are attached to their tasks; each task's status
 * is computed against the as-of day; every document, task and number gets its path from
 * {@code model.Urls}. Start with {@link congkhai.assemble.Assembler#assemble}, then
 * {@link congkhai.assemble.Document} and {@link congkhai.model.Task}; the status rules are
 * {@link congkhai.assemble.TaskStatuses}, pure functions that every page, feed, chart and export
 * calls, and {@link congkhai.assemble.TaskAnalytics} groups and counts tasks for the tracker's pages (the
 * words for each status are the theme's labels).
 * {@link congkhai.assemble.RecordWarnings} is what {@code check} warns of. It is cross-referencing
 * work over data already in memory, with problems located in the records: it opens no file of its
 * own (a body's text comes through its {@code MarkdownBody}), writes none and renders nothing.
 */
package congkhai.assemble;
