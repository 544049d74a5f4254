package congkhai.cli;

import congkhai.pipeline.BuildProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

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
        assertEquals("  dựng trang         120 trang                2.40 s", text.toString().lines().toList().get(2));
        assertEquals("  đọc nguồn          10 bản ghi               0.30 s", text.toString().lines().toList().get(0));
    }
}
