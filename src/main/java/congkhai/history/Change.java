package congkhai.history;

import java.time.LocalDate;

/**
 * One commit that changed a record's file.
 *
 * @param commit  the full commit id
 * @param date    the commit's date in Vietnam time (the committer's, so a rebase dates it when it landed)
 * @param message the commit message's first line
 */
public record Change(String commit, LocalDate date, String message) {

    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }
}
