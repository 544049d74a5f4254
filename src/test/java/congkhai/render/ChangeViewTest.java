package congkhai.render;

import congkhai.history.Change;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeViewTest {

    @Test
    void commitMessagesLoseControlAndBidirectionalCharacters() {
        assertEquals("Sửa số hiệu 12/QĐ-UBND[31m", ChangeView.printable("Sửa số hiệu\u0000 12/QĐ-\u202eUBND\u001b[31m"));
        assertEquals("Thêm\tkế hoạch", ChangeView.printable("Thêm\tkế hoạch"));
    }

    private static Change change(boolean created, List<String> fields, boolean body) {
        return new Change("0123456789abcdef", LocalDate.of(2025, 5, 10), "Pipeline from records to a static site", created, fields, body);
    }

    @Test
    void aChangeIsSaidFromWhatChangedInTheContent() {
        assertEquals("Đăng lần đầu", ChangeView.summary(change(true, List.of(), false)));
        assertEquals("Sửa nội dung văn bản", ChangeView.summary(change(false, List.of(), true)));
        assertEquals("Sửa tiêu đề", ChangeView.summary(change(false, List.of("title"), false)));
        assertEquals("Sửa tiêu đề, nhiệm vụ và nội dung văn bản", ChangeView.summary(change(false, List.of("title", "tasks"), true)));
        assertEquals("Sửa cách trình bày tệp, nội dung không đổi", ChangeView.summary(change(false, List.of(), false)));
    }
}
