package congkhai.model;

import congkhai.base.Labelled;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A task's state on the as-of day, computed from its dated updates and its deadline. Each status
 * says what is known: a deadline passed with no report at all is not the same as one passed with
 * reports that say the work is not done. Its words are the theme's label {@code status.<code>}:
 * pages, feeds, search and the open data all take them from there.
 */
public enum TaskStatus implements Labelled {
    OVERDUE_NO_REPORT("overdue_no_report", "qua-han-chua-co-bao-cao"),
    OVERDUE("overdue", "qua-han"),
    IN_PROGRESS("in_progress", "dang-thuc-hien"),
    NOT_STARTED("not_started", "chua-trien-khai"),
    NO_REPORT("no_report", "chua-co-bao-cao"),
    ONGOING("ongoing", "thuong-xuyen"),
    DONE_ON_TIME("done_on_time", "hoan-thanh-dung-han"),
    DONE_LATE("done_late", "hoan-thanh-qua-han"),
    DONE("done", "da-hoan-thanh"),
    CANCELLED("cancelled", "da-huy");

    private final String code;
    private final String slug;

    TaskStatus(String code, String slug) {
        this.code = code;
        this.slug = slug;
    }

    /** Its page in the tracker: nhiem-vu/tinh-trang/qua-han/. */
    public String slug() {
        return slug;
    }

    /** The code of the content contract and the open data: {@code done_on_time}. */
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "status." + code;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE || this == DONE;
    }

    /** Still to be done: neither finished nor cancelled. */
    public boolean isOpen() {
        return !isDone() && this != CANCELLED;
    }

    /** Past a firm deadline and not reported done, whether or not anything was reported. */
    public boolean isOverdue() {
        return this == OVERDUE || this == OVERDUE_NO_REPORT;
    }

    /** An outcome judged against a firm deadline from what was reported: the only ones a ranking counts. */
    public boolean isReportedOutcome() {
        return this == DONE_ON_TIME || this == DONE_LATE || this == OVERDUE;
    }

    public static Optional<TaskStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(TaskStatus::code).toList();
    }
}
