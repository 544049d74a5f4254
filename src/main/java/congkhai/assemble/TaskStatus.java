package congkhai.assemble;

/** A task's state on the as-of day, computed from its dated updates and due day. */
public enum TaskStatus {
    OVERDUE("overdue", "Quá hạn", "qua-han"),
    IN_PROGRESS("in_progress", "Đang thực hiện", "dang-thuc-hien"),
    NOT_STARTED("not_started", "Chưa triển khai", "chua-trien-khai"),
    ONGOING("ongoing", "Thường xuyên", "thuong-xuyen"),
    DONE_ON_TIME("done_on_time", "Hoàn thành đúng hạn", "hoan-thanh-dung-han"),
    DONE_LATE("done_late", "Hoàn thành quá hạn", "hoan-thanh-qua-han"),
    CANCELLED("cancelled", "Đã hủy bỏ", "da-huy");

    private final String code;
    private final String label;
    private final String slug;

    TaskStatus(String code, String label, String slug) {
        this.code = code;
        this.label = label;
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
