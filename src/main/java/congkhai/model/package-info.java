/**
 * The site's vocabulary, as every later stage names it: kinds of document ({@link congkhai.model.DocType}),
 * agencies and topics, a task as assembled ({@link congkhai.model.Task}) with its deadline, its updates and
 * its status ({@link congkhai.model.TaskStatus}), the links between records, citations and numbers, and the
 * URL scheme ({@link congkhai.model.Urls}): where each kind of page and file of the site is. Plain immutable
 * values; it comes right after {@code base} and {@code text}, so the config, the loader, assembly, rendering,
 * search and the templates all speak of the same things. What computes them lives in the stages: a task's
 * status in {@code assemble.TaskStatuses}, a document's pages in {@code render}.
 * <p>
 * {@code assemble.Document} and {@code assemble.Site} stay in {@code assemble}: a document reads its
 * body through {@code load.MarkdownBody} (from its file, during rendering) and its citations through
 * {@code assemble.CitationReader}, and the site carries the {@code config} and the {@code load} theme,
 * both of which come after {@code model}; moving them here would turn the stage order around.
 */
package congkhai.model;
