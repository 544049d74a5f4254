package congkhai.cli;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check warns of what a reader would notice; --strict makes the warnings fail the check. */
class CheckWarningsTest {

    static final String RECORD = "content/resolutions/2025-05-02-nghi-quyet.md";

    @TempDir
    Path tmp;

    @Test
    void aPublishedResolutionLeftAsNewWroteItIsWarnedOf() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Files.createDirectories(site.resolve("content/resolutions"));
        Files.writeString(site.resolve(RECORD), """
                ---
                type: resolution
                title: "Nghị quyết về phát triển đô thị"
                date: 2025-05-02
                number: ""
                tasks:
                  - id: t1
                    title: "Hoàn thành quy hoạch chung trước ngày 30/9/2025"
                    lead: so-xd
                  - id: t2
                    title: "Tuyên truyền thường xuyên"
                    lead: so-xd
                  - id: t3
                    title: "Báo cáo kết quả trong Quý IV/2025"
                    lead: so-xd
                    due: 2025-Q4
                ---

                Nội dung văn bản.
                """);
        TestSites.Run check = TestSites.cli(java.util.Map.of("LANG", "vi_VN.UTF-8"), "check", "--source", site.toString(), "--as-of", "2025-06-30");
        assertEquals(0, check.code(), "warnings alone do not fail a check: " + check.err());
        List<String> warnings = check.err().lines().filter(l -> l.startsWith(RECORD)).toList();
        assertEquals(List.of(
                RECORD + ":5:1: warning: Nghị quyết thường có số ký hiệu, bản ghi này chưa có (number)",
                RECORD + ":1:1: warning: Nghị quyết thường ghi cơ quan ban hành, bản ghi này chưa có (issuer)",
                RECORD + ":7:5: warning: nhiệm vụ 't1' không có thời hạn (due) nhưng nội dung có nêu: \"Trước ngày 30/9/2025\"; hãy thêm due: 2025-09-30",
                RECORD + ":19:1: warning: nội dung văn bản vẫn là dòng mẫu \"Nội dung văn bản.\" mà lệnh new viết ra; hãy chép nội dung văn bản vào")
                .stream().sorted(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.split(":")[1]))).toList(), warnings);

        TestSites.Run strict = TestSites.cli("check", "--strict", "--source", site.toString(), "--as-of", "2025-06-30");
        assertEquals(1, strict.code(), strict.err());
        assertTrue(strict.err().lines().anyMatch(l -> l.matches("\\d+ warnings; with --strict, warnings are errors")), strict.err());
    }

    @Test
    void aDraftIsNotWarnedOf() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        TestSites.Run made = TestSites.cli("new", "resolution", "Nghị quyết mới", "--source", site.toString(), "--date", "2025-05-02");
        assertEquals(0, made.code(), made.err());
        TestSites.Run strict = TestSites.cli("check", "--strict", "--source", site.toString(), "--as-of", "2025-06-30");
        assertTrue(strict.err().lines().noneMatch(l -> l.startsWith("content/resolutions/")), strict.err());
    }
}
