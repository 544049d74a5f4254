package congkhai.cli;

import congkhai.base.Lang;
import congkhai.base.Translator;
import congkhai.pipeline.BuildProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalBuildProgressTest {

    @Test
    void aQuickBuildPrintsNothingAndASlowOneEveryStageOnceItIsSlow() {
        StringWriter text = new StringWriter();
        TerminalBuildProgress progress = new TerminalBuildProgress(new PrintWriter(text, true));
        progress.stageDone(BuildProgress.Stage.LOAD, 10, 300_000_000L);
        progress.stageDone(BuildProgress.Stage.ASSEMBLE, 3, 500_000_000L);
        assertEquals("", text.toString(), "stages of a build still under two seconds are held back");
        progress.stageDone(BuildProgress.Stage.RENDER, 120, 2_400_000_000L);
        progress.stageDone(BuildProgress.Stage.WRITE, 130, 2_600_000_000L);
        assertEquals(4, text.toString().lines().count(), text.toString());
        assertEquals("  render done: 120 pages (2.40 s)", text.toString().lines().toList().get(2));
    }

    @Test
    void everyStageLineIsInVietnameseForTheWebmaster() {
        StringWriter text = new StringWriter();
        TerminalBuildProgress progress = new TerminalBuildProgress(Translator.of(Lang.VI).wrap(new PrintWriter(text, true)));
        for (BuildProgress.Stage stage : BuildProgress.Stage.values()) {
            progress.stageDone(stage, 12, 3_000_000_000L);
        }
        assertEquals(List.of("  đọc nguồn xong: 12 bản ghi (3,00 giây)", "  ghép nối xong: 12 nhiệm vụ (3,00 giây)",
                "  dựng trang xong: 12 trang (3,00 giây)", "  kiểm tra liên kết xong: 12 liên kết hỏng (3,00 giây)",
                "  chỉ mục tìm kiếm xong: 12 tệp (3,00 giây)", "  ghi ra đĩa xong: 12 tệp (3,00 giây)"), text.toString().lines().toList());
    }
}
