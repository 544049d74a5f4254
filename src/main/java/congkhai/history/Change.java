package congkhai.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One commit that changed a record's file, and what it changed in it.
 *
 * @param commit  the full commit id
 * @param date    the commit's date in Vietnam time (the committer's, so a rebase dates it when it landed)
 * @param message the commit message's first line: the webmaster's words, shown only where the config asks
 * @param created the commit added the file
 * @param fields  the front matter's top-level fields whose text changed, were added or were removed, in
 *                the order the file has them (a removed one last)
 * @param body    the text after the front matter changed
 */
public record Change(String commit, LocalDate date, String message, boolean created, List<String> fields, boolean body) {

    public Change {
        fields = List.copyOf(fields);
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }
}
