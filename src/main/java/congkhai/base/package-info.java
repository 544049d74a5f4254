/**
 * What every stage shares and none owns. Where a value was written and what is wrong with it
 * ({@link congkhai.base.SourcePos}, {@link congkhai.base.Located}, {@link congkhai.base.Problem},
 * {@link congkhai.base.Warning}; a parser returns a {@link congkhai.base.Parsed} with every problem
 * it found and never throws for bad input); YAML as a tree that remembers positions
 * ({@link congkhai.base.YamlReader}, read field by field through {@link congkhai.base.Fields});
 * strict UTF-8 source text ({@link congkhai.base.SourceText}); dates a document may leave partial
 * and deadlines that recur ({@link congkhai.base.PartialDate}, {@link congkhai.base.Recurrence},
 * {@link congkhai.base.DeadlineText}); the day in Vietnam ({@link congkhai.base.VietnamTime}); and
 * the webmaster's language ({@link congkhai.base.Lang}, {@link congkhai.base.Translator} with its
 * catalog). Start with {@code Parsed}, {@code Problem} and {@code Fields}. It uses no other package
 * of congkhai, touches no file, and knows nothing of a site: a type that names a record, a page or
 * an agency belongs to a later stage.
 */
package congkhai.base;
