package congkhai.render;

import congkhai.base.Problem;

import java.util.List;

/** A page that could not be rendered: its template failed, or a record's body has problems. */
public final class PageFailure extends RuntimeException {
    private final transient List<Problem> problems;

    PageFailure(List<Problem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
