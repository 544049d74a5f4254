package congkhai.output;

import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.pages.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    @TempDir
    Path tmp;

    private final SitePublisher publisher = new SitePublisher();

    private Path site() throws IOException {
        return Files.createDirectories(tmp.resolve("site"));
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void replacesThePreviousSiteWholeAndLeavesNothingBehind() throws Exception {
        Path out = tmp.resolve("public");
        publisher.publish(out, site(), List.of(Page.text("index.html", "one"), Page.text("old/index.html", "gone soon")), Map.of(), List.of());
        publisher.publish(out, site(), List.of(Page.text("index.html", "two")), Map.of("assets/a.css", new byte[] {1}), List.of());
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old")), "pages of the previous build do not linger");
        assertTrue(Files.exists(out.resolve("assets/a.css")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        Path out = tmp.resolve("public");
        publisher.publish(out, site(), List.of(Page.text("index.html", "good")), Map.of(), List.of());
        List<Page> clash = List.of(Page.text("a/index.html", "x"), Page.text("a/index.html", "y"));
        assertThrows(PublishException.class, () -> publisher.publish(out, site(), clash, Map.of(), List.of()));
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void pagesRenderedIntoTheSinkArePublishedWhole() throws Exception {
        Path out = tmp.resolve("public");
        SitePublisher.Streamed written = publisher.publish(out, site(), sink -> {
            sink.accept(Page.text("index.html", "home"));
            try (OutputStream big = sink.open("data/big.json")) {
                big.write("[1,".getBytes(StandardCharsets.UTF_8));
                big.write("2]".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.of();
        }, Map.of(), List.of());
        assertEquals(List.of(), written.problems());
        assertEquals(2, written.written().orElseThrow().files());
        assertEquals(9, written.written().orElseThrow().bytes());
        assertEquals("[1,2]", Files.readString(out.resolve("data/big.json")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aRenderWithProblemsPublishesNothingOfWhatItWrote() throws Exception {
        Path out = tmp.resolve("public");
        publisher.publish(out, site(), List.of(Page.text("index.html", "good")), Map.of(), List.of());
        Problem failed = new Problem(SourcePos.startOf("templates/document.ftlh"), "template failed");
        SitePublisher.Streamed written = publisher.publish(out, site(), sink -> {
            sink.accept(Page.text("index.html", "half of a new site"));
            return List.of(failed);
        }, Map.of(), List.of());
        assertEquals(List.of(failed), written.problems());
        assertTrue(written.written().isEmpty());
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void neverReplacesAFolderItDidNotMake() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.odt"), "years of work");
        PublishException e = assertThrows(PublishException.class,
                () -> publisher.publish(home, site(), List.of(Page.text("index.html", "x")), Map.of(), List.of()));
        assertTrue(e.getMessage().contains("was not made by congkhai"), e.getMessage());
        assertEquals("years of work", Files.readString(home.resolve("thesis.odt")));
    }

    @Test
    void refusesAnOutputThatContainsTheSite() throws Exception {
        Path site = site();
        assertThrows(PublishException.class, () -> publisher.publish(site, site, List.of(), Map.of(), List.of()));
        assertThrows(PublishException.class, () -> publisher.publish(tmp, site, List.of(), Map.of(), List.of()));
        assertThrows(PublishException.class, () -> publisher.publish(site.resolve("content/out"), site, List.of(), Map.of(), List.of()));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsRecoveredByTheNext() throws Exception {
        Path out = tmp.resolve("public");
        publisher.publish(out, site(), List.of(Page.text("index.html", "published")), Map.of(), List.of());
        // what a kill after the first rename leaves: no public/, the old site aside, a staging folder
        Files.move(out, tmp.resolve(".public.old-123"));
        Files.createDirectories(tmp.resolve(".public.staging-456/half"));
        List<Page> broken = List.of(Page.text("x/index.html", "1"), Page.text("x/index.html", "2"));
        assertThrows(PublishException.class, () -> publisher.publish(out, site(), broken, Map.of(), List.of()));
        assertEquals("published", Files.readString(out.resolve("index.html")), "the old site is put back first");
        assertEquals(List.of(), leftovers());
    }
}
