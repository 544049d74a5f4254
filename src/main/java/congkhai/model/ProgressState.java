package congkhai.model;

import congkhai.base.Labelled;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a progress update reports about a task; a page calls it by the theme's label {@code progress.<code>}. */
public enum ProgressState implements Labelled {
    NOT_STARTED("not_started"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String code;

    ProgressState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "progress." + code;
    }

    public static Optional<ProgressState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProgressState::code).toList();
    }
}
