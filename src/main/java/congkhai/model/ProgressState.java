package congkhai.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a progress update reports about a task. */
public enum ProgressState {
    NOT_STARTED("not_started", "Chưa triển khai"),
    IN_PROGRESS("in_progress", "Đang thực hiện"),
    DONE("done", "Đã hoàn thành"),
    CANCELLED("cancelled", "Đã hủy bỏ");

    private final String code;
    private final String label;

    ProgressState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ProgressState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProgressState::code).toList();
    }
}
