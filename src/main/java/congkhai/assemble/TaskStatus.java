package congkhai.assemble;

/** A task's state on the as-of day, computed from its dated updates and due day. */
public enum TaskStatus {
    DONE_ON_TIME("done_on_time", "Hoàn thành đúng hạn"),
    DONE_LATE("done_late", "Hoàn thành quá hạn"),
    CANCELLED("cancelled", "Đã hủy bỏ"),
    OVERDUE("overdue", "Quá hạn"),
    IN_PROGRESS("in_progress", "Đang thực hiện"),
    NOT_STARTED("not_started", "Chưa triển khai"),
    ONGOING("ongoing", "Thường xuyên");

    private final String code;
    private final String label;

    TaskStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code of the content contract and the open data: {@code done_on_time}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Still to be done: neither finished nor cancelled. */
    public boolean isOpen() {
        return !isDone() && this != CANCELLED;
    }
}
