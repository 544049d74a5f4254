/**
 * The command line. {@link congkhai.cli.Main} chooses the webmaster's language, wraps standard output
 * and error in its {@code Translator}, and hands the arguments to picocli, which runs one command
 * class per command ({@code BuildCommand}, {@code CheckCommand}, {@code ServeCommand},
 * {@code NewCommand}, {@code InitCommand}, {@code ImportCommand}, {@code SearchCommand},
 * {@code ExportCommand}; {@code BuildArgs} holds the options build and serve share). A command calls
 * the stages that do the work ({@code pipeline}, {@code preview}, {@code author}, {@code output}, {@code search}),
 * prints their results and problems, and returns the exit code: 0 done, 1 the content or the files
 * are wrong, 2 a usage error. Start with {@code Main.execute}. Nothing else: a rule about records,
 * pages or files belongs in the stage that owns it, not here.
 */
package congkhai.cli;
