/**
 * The only code that writes files ({@code ArchitectureTest} holds every other package to that). It
 * takes pages, bytes and paths from the other stages and decides nothing about what they hold.
 * Start with {@link congkhai.output.SitePublisher}: it writes a whole site, pages and search files
 * as they arrive, into a staging folder beside the output, then swaps it in by renames, so a
 * reader sees the old site or the new one, never half of each, and it refuses to replace a folder
 * that is not congkhai's output. {@link congkhai.output.PreviewWriter} brings the preview's private
 * folder up to date by writing only the files that changed; {@link congkhai.output.SourceWriter}
 * writes a webmaster's new sources and never replaces a file; {@link congkhai.output.BundledLibraries}
 * and the temporary folders are here because they write too. It renders and indexes nothing and
 * changes no byte it is given.
 */
package congkhai.output;
