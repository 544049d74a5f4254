/**
 * What the site is made of, as every later stage names it. So far its URL scheme, {@link congkhai.model.Urls}:
 * where each kind of page and file of the site is. It comes after {@code load} and before
 * {@code assemble}, so assembly, rendering, search and the templates all place things by it.
 */
package congkhai.model;
