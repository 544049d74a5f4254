/**
 * New sources for a webmaster, for the commands that make them: the text of a new record
 * ({@link congkhai.author.RecordText}, for {@code new}); the files of a new portal
 * ({@link congkhai.author.SiteSkeleton}, for {@code init}); a draft record from a document's plain
 * text ({@link congkhai.author.PlainTextImporter}, for {@code import}, which cuts the text and hands
 * its parts to {@code DocumentHeader}, {@code PlainTextBody}, {@code SignatureBlock} and
 * {@code TaskReader}), with the config entries of agencies it found that the config lacks
 * ({@link congkhai.author.ProposedAgencies}); and the move of a JBake site
 * ({@link congkhai.author.JBakeSite} reads it through jbake-core in a class loader of its own,
 * {@link congkhai.author.JBakeMigration} plans the records, copies and old addresses). It takes text,
 * a {@code SiteConfig} or a JBake folder and gives texts and plans. It writes nothing:
 * {@code output.SourceWriter} writes what it gives, never over an existing file. No build uses it.
 */
package congkhai.author;
