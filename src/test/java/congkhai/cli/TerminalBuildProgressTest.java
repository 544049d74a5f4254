package congkhai.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalBuildProgressTest {

    @Test
    void aQuickBuildPrintsNothingAndASlowOneEveryStageOnceItIsSlow() {
        StringWriter text = new StringWriter();
        TerminalBuildProgress progress = new TerminalBuildProgress(new PrintWriter(text, true));
        progress.stageDone("load", "10 records", 300_000_000L);
        progress.stageDone("assemble", "3 tasks", 500_000_000L);
        assertEquals("", text.toString(), "stages of a build still under two seconds are held back");
        progress.stageDone("render", "120 pages", 2_400_000_000L);
        progress.stageDone("write", "130 files", 2_600_000_000L);
        assertEquals(4, text.toString().lines().count(), text.toString());
        assertEquals("  render       120 pages                  2.40 s", text.toString().lines().toList().get(2));
    }
}
