/**
 * The site's git repository, read: for every record file, the commits that changed it, newest
 * first, and what each changed in it ({@link congkhai.history.Change}: the front matter's top-level
 * fields and whether the body, told from the content by {@link congkhai.history.ContentDiff}, never
 * from the commit message). Start with {@link congkhai.history.GitHistory#read}, which takes the site
 * folder and gives a {@link congkhai.history.GitHistory.Result} by path, or why there is none. Uses
 * {@code base} and JGit; it sits beside {@code load}, and neither uses the other. It only reads the
 * {@code .git} folder: it never writes to the repository or runs a git program, and without a
 * repository or in a shallow clone it gives no history rather than a false one. Whether a page shows
 * commit messages is the config's and the renderer's to decide, not this package's.
 */
package congkhai.history;
