package congkhai.render;

import congkhai.history.Change;
import congkhai.load.Labels;
import congkhai.load.SiteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeViewTest {

    /** A site folder without templates/: its theme's labels are the built-in ones. */
    @TempDir
    Path site;

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
        Labels labels = SiteLoader.loadTheme(site, new ArrayList<>()).labels();
        assertEquals("Đăng lần đầu", ChangeView.summary(change(true, List.of(), false), labels));
        assertEquals("Sửa nội dung văn bản", ChangeView.summary(change(false, List.of(), true), labels));
        assertEquals("Sửa tiêu đề", ChangeView.summary(change(false, List.of("title"), false), labels));
        assertEquals("Sửa tiêu đề, nhiệm vụ và nội dung văn bản", ChangeView.summary(change(false, List.of("title", "tasks"), true), labels));
        assertEquals("Sửa cách trình bày tệp, nội dung không đổi", ChangeView.summary(change(false, List.of(), false), labels));
    }
}
