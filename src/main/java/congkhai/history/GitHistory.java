package congkhai.history;

import congkhai.base.VietnamTime;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The history of a site's records, read from the git repository that holds the site (JGit, no
 * git program needed). Dates come from the commits, so two builds of one commit stay identical.
 *
 * <p>Where there is no repository, or it is a shallow clone (CI often clones one commit deep),
 * there is no history: the oldest commit of a shallow clone seems to add every file, and a history
 * saying so would be false.
 */
public final class GitHistory {

    /** Why there is no history, when there is none; else the history by path under the site folder. */
    public record Result(Map<String, List<Change>> changesByPath, Optional<String> unavailable) {
        public Result {
            changesByPath = Map.copyOf(changesByPath);
        }

        static Result none(String why) {
            return new Result(Map.of(), Optional.of(why));
        }

        /** Newest first; empty when the file has no commits. */
        public List<Change> of(String sitePath) {
            return changesByPath.getOrDefault(sitePath, List.of());
        }
    }

    private GitHistory() {
    }

    /**
     * Every commit reachable from HEAD that changed a file under {@code siteDir/under}, by the
     * file's '/'-separated path under {@code siteDir} (e.g. {@code content/plans/kh-45.md}).
     */
    public static Result read(Path siteDir, String under) {
        Path site = siteDir.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(site.toFile());
        if (builder.getGitDir() == null) {
            return Result.none("the site is not in a git repository");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare() || repo.getWorkTree() == null) {
                return Result.none("the repository has no work tree");
            }
            if (!repo.getObjectDatabase().getShallowCommits().isEmpty() || Files.exists(repo.getDirectory().toPath().resolve("shallow"))) {
                return Result.none("the repository is a shallow clone; clone it whole (fetch-depth: 0) for history");
            }
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return Result.none("the repository has no commits yet");
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            String sitePrefix = slashes(workTree.relativize(site.toRealPath()));
            String prefix = (sitePrefix.isEmpty() ? "" : sitePrefix + "/") + under;
            return new Result(walk(repo, head, prefix, sitePrefix), Optional.empty());
        } catch (IOException e) {
            return Result.none("cannot read the repository: " + e.getMessage());
        }
    }

    /** A commit's change to one file, found by the walk, its content not yet read. */
    private record Touch(String commit, LocalDate date, String message, String path, ObjectId before, ObjectId after) {
    }

    /**
     * The walk over the commits, on one thread, only compares trees and finds which files each commit
     * touched; reading and comparing the two versions of each file, most of the work (a thousand
     * records with 2,465 commits: 3.1 s on one thread), is done file by file on every core, and each
     * version is read once though two changes show it (the newer one's before, the older one's after).
     */
    private static Map<String, List<Change>> walk(Repository repo, ObjectId head, String prefix, String sitePrefix) throws IOException {
        Map<String, List<Touch>> touches = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk diff = new TreeWalk(repo)) {
            diff.setRecursive(true);
            diff.setFilter(AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                diff.reset();
                if (commit.getParentCount() == 0) {
                    diff.addTree(new EmptyTreeIterator());
                } else {
                    // against the first parent: a merge counts as a change only where it changed the mainline
                    RevCommit parent = commit.getParent(0);
                    try {
                        walk.parseHeaders(parent);
                    } catch (MissingObjectException e) {
                        continue;
                    }
                    CanonicalTreeParser before = new CanonicalTreeParser();
                    try (var reader = repo.newObjectReader()) {
                        before.reset(reader, parent.getTree());
                    }
                    diff.addTree(before);
                }
                diff.addTree(commit.getTree());
                LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), VietnamTime.ZONE);
                String message = commit.getShortMessage().strip();
                while (diff.next()) {
                    String path = diff.getPathString();
                    String sitePath = sitePrefix.isEmpty() ? path : path.substring(sitePrefix.length() + 1);
                    touches.computeIfAbsent(sitePath, k -> new ArrayList<>())
                            .add(new Touch(commit.getName(), date, message, path, diff.getObjectId(0), diff.getObjectId(1)));
                }
            }
        }
        List<Map.Entry<String, List<Touch>>> files = new ArrayList<>(touches.entrySet());
        @SuppressWarnings("unchecked")
        List<Change>[] changes = new List[files.size()];
        int parts = Math.min(files.size(), 4 * (ForkJoinPool.getCommonPoolParallelism() + 1));
        try {
            IntStream.range(0, parts).parallel().forEach(part -> {
                try (ObjectReader reader = repo.newObjectReader()) {
                    for (int f = part; f < files.size(); f += parts) {
                        changes[f] = changes(reader, files.get(f).getValue());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, List<Change>> byPath = new HashMap<>();
        for (int f = 0; f < changes.length; f++) {
            byPath.put(files.get(f).getKey(), Collections.unmodifiableList(changes[f]));
        }
        return byPath;
    }

    /** One file's changes, newest first, as its touches are; each version of it read once. */
    private static List<Change> changes(ObjectReader reader, List<Touch> touches) throws IOException {
        List<Change> changes = new ArrayList<>(touches.size());
        ObjectId known = null;
        String knownText = null;
        for (Touch t : touches) {
            if (t.before().equals(ObjectId.zeroId())) {
                changes.add(new Change(t.commit(), t.date(), t.message(), true, List.of(), false));
                continue;
            }
            boolean record = t.path().endsWith(".md") || t.path().endsWith(".yml") || t.path().endsWith(".yaml");
            if (t.after().equals(ObjectId.zeroId()) || !record) {
                // an attachment's bytes are not read: that it changed is all a history can say of it
                changes.add(new Change(t.commit(), t.date(), t.message(), false, List.of(), true));
                continue;
            }
            String after = t.after().equals(known) ? knownText : text(reader, t.after());
            String before = text(reader, t.before());
            // the next touch, older, most often made this version: its after is this before
            known = t.before();
            knownText = before;
            ContentDiff.Result d = ContentDiff.of(before, after, t.path().endsWith(".md"));
            changes.add(new Change(t.commit(), t.date(), t.message(), false, d.fields(), d.body()));
        }
        return changes;
    }

    private static String text(ObjectReader reader, ObjectId blob) throws IOException {
        return new String(reader.open(blob).getBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String slashes(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : p) {
            if (!part.toString().isEmpty()) {
                sb.append(sb.length() > 0 ? "/" : "").append(part);
            }
        }
        return sb.toString();
    }
}
