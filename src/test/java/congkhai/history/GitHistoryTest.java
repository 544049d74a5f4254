package congkhai.history;

import congkhai.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Record pages show their change history from git; without whole history the site builds without it. */
class GitHistoryTest {

    private static final String RECORD = "content/news/2022-04-08-tin.md";
    private static final String PAGE = "news/2022-04-08-tin/index.html";

    @TempDir
    Path tmp;

    private Path repositoryWithHistory() throws Exception {
        return repositoryWithHistory("commit_url: \"https://git.example.gov.vn/portal/commit/{commit}\"\n");
    }

    /** A site in a subfolder of a repository with three commits, two of which change the record; {@code config} is added to its config. */
    private Path repositoryWithHistory(String config) throws Exception {
        Path repo = tmp.resolve("repo");
        Path site = repo.resolve("portal");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + config);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Thêm cổng mẫu", "2025-03-01T03:00:00Z");
            Files.writeString(site.resolve("content/plans/2023-05-27-kh-122.md"),
                    Files.readString(site.resolve("content/plans/2023-05-27-kh-122.md")) + "\nThêm.\n");
            commit(git, "Sửa kế hoạch 122", "2025-04-02T03:00:00Z");
            Path record = site.resolve(RECORD);
            Files.writeString(record, Files.readString(record).replace("Tin tức.", "Tin tức, đã sửa chính tả."));
            // 23:30 UTC is already the next day in Vietnam
            commit(git, "Sửa chính tả tin họp Ban Chỉ đạo\n\nChi tiết trong thân thông điệp.", "2025-05-09T23:30:00Z");
        }
        return site;
    }

    private static void commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Quản trị cổng", "quantri@example.gov.vn", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void aRecordPageShowsItsLastUpdateAndHistoryWithCommitLinks() throws Exception {
        Path site = repositoryWithHistory();
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.code(), run.err());
        Document page = Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8");
        Element lastUpdate = page.selectFirst("dt:containsOwn(Cập nhật lần cuối) + dd time");
        assertEquals("10/05/2025", lastUpdate.text());
        assertEquals("2025-05-10", lastUpdate.attr("datetime"));
        List<Element> entries = page.select("#lich-su ~ ul.history-list > li");
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).text().startsWith("10/05/2025: Sửa nội dung văn bản. Xem thay đổi"), entries.get(0).text());
        assertTrue(entries.get(1).text().startsWith("01/03/2025: Đăng lần đầu. Xem thay đổi"), entries.get(1).text());
        assertFalse(page.text().contains("Sửa chính tả tin họp"), "commit messages are not shown unless the config asks");
        String link = entries.get(0).selectFirst("a").attr("href");
        assertTrue(link.matches("https://git\\.example\\.gov\\.vn/portal/commit/[0-9a-f]{40}"), link);

        // the same commit builds byte for byte the same
        Path again = tmp.resolve("again");
        assertEquals(0, TestSites.build(site, again).code());
        Map<String, byte[]> a = TestSites.snapshot(out);
        Map<String, byte[]> b = TestSites.snapshot(again);
        TestSites.assertSameBuild(a, b);
    }

    @Test
    void byDefaultAPageSaysWhatChangedWithoutMessagesOrLinks() throws Exception {
        Path site = repositoryWithHistory("");
        Path out = tmp.resolve("out-default");
        assertEquals(0, TestSites.build(site, out).code());
        Document news = Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8");
        assertEquals(List.of("10/05/2025: Sửa nội dung văn bản.", "01/03/2025: Đăng lần đầu."),
                news.select("#lich-su ~ ul.history-list > li").eachText());
        assertTrue(news.select(".doc-history a").isEmpty(), "no link to a repository nobody named");
        Document plan = Jsoup.parse(out.resolve("plans/2023-05-27-kh-122/index.html").toFile(), "UTF-8");
        assertEquals("10/05/2025", news.selectFirst("dt:containsOwn(Cập nhật lần cuối) + dd time").text());
        assertEquals("02/04/2025: Sửa nội dung văn bản.", plan.selectFirst("ul.history-list > li").text());
        for (String message : List.of("Thêm cổng mẫu", "Sửa kế hoạch 122", "Sửa chính tả tin họp Ban Chỉ đạo")) {
            assertFalse(news.text().contains(message) || plan.text().contains(message), message);
        }
    }

    @Test
    void messagesAndLinksToAPublicRepositoryAreOptIn() throws Exception {
        Path site = repositoryWithHistory("repo_url: \"https://github.com/langson/congkhai\"\nhistory_messages: true\n");
        Path out = tmp.resolve("out-opt-in");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.code(), run.err());
        Element entry = Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8").selectFirst("ul.history-list > li");
        assertTrue(entry.text().startsWith("10/05/2025: Sửa nội dung văn bản. Ghi chú của người sửa: “Sửa chính tả tin họp Ban Chỉ đạo”."), entry.text());
        assertTrue(entry.selectFirst("a").attr("href").matches("https://github\\.com/langson/congkhai/commit/[0-9a-f]{40}"), entry.html());
    }

    @Test
    void aShallowCloneAndAFolderOutsideGitBuildWithoutHistory() throws Exception {
        Path site = repositoryWithHistory();
        Path clone = tmp.resolve("clone");
        Process git = new ProcessBuilder("git", "clone", "--quiet", "--depth", "1", site.getParent().toUri().toString(), clone.toString())
                .redirectErrorStream(true).start();
        String log = new String(git.getInputStream().readAllBytes());
        assertTrue(git.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), log);
        assertTrue(Files.exists(clone.resolve(".git/shallow")), "not a shallow clone");

        Path out = tmp.resolve("out-shallow");
        TestSites.Run run = TestSites.build(clone.resolve("portal"), out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        Document page = Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8");
        assertNull(page.getElementById("lich-su"));
        assertNull(page.selectFirst("dt:containsOwn(Cập nhật lần cuối)"));

        Path plain = tmp.resolve("plain");
        TestSites.copyTree(TestSites.fixture("basic"), plain);
        assertTrue(GitHistory.read(plain, "content/").unavailable().isPresent());
        assertEquals(0, TestSites.build(plain, tmp.resolve("out-plain")).code());
    }

    @Test
    void historyIsReadByPathUnderTheSiteFolder() throws Exception {
        Path site = repositoryWithHistory();
        GitHistory.Result history = GitHistory.read(site, "content/");
        assertTrue(history.unavailable().isEmpty(), history.unavailable().toString());
        assertEquals(List.of("Sửa chính tả tin họp Ban Chỉ đạo", "Thêm cổng mẫu"),
                history.of(RECORD).stream().map(Change::message).toList());
        assertEquals(List.of("Sửa kế hoạch 122", "Thêm cổng mẫu"),
                history.of("content/plans/2023-05-27-kh-122.md").stream().map(Change::message).toList());
        assertEquals(List.of(), history.of("site-config.yml"), "only content/ is read");
    }

    /**
     * One file changed again and again, with another file changed between, then removed and added
     * again: each change compares the two versions of its own commit, though a version read for one
     * change is reused for the next only when it is the same version.
     */
    @Test
    void eachOfManyChangesToOneFileSaysWhatItChanged() throws Exception {
        Path repo = tmp.resolve("many");
        Path site = repo.resolve("portal");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Path record = site.resolve(RECORD);
        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Thêm cổng mẫu", "2025-03-01T03:00:00Z");
            Files.writeString(record, Files.readString(record) + "\nĐoạn thêm.\n");
            commit(git, "Thân tin", "2025-03-02T03:00:00Z");
            Files.writeString(plan, Files.readString(plan) + "\nThêm.\n");
            commit(git, "Kế hoạch", "2025-03-03T03:00:00Z");
            Files.writeString(record, Files.readString(record).replaceFirst("(?m)^title: .*$", "title: \"Tiêu đề mới\""));
            commit(git, "Tiêu đề tin", "2025-03-04T03:00:00Z");
            Files.writeString(record, Files.readString(record).replaceFirst("(?m)^title: .*$", "title: \"Tiêu đề mới hơn\"") + "\nĐoạn nữa.\n");
            commit(git, "Tiêu đề và thân tin", "2025-03-05T03:00:00Z");
            Files.writeString(record, Files.readString(record) + "\n");
            commit(git, "Dòng trống", "2025-03-06T03:00:00Z");
            String last = Files.readString(record);
            Files.delete(record);
            git.rm().addFilepattern("portal/" + RECORD).call();
            commit(git, "Gỡ tin", "2025-03-07T03:00:00Z");
            Files.writeString(record, last.replaceFirst("(?m)^title: .*$", "title: \"Tin đăng lại\""));
            commit(git, "Đăng lại", "2025-03-08T03:00:00Z");
            Files.writeString(record, Files.readString(record) + "\nSửa sau khi đăng lại.\n");
            commit(git, "Sửa tin đăng lại", "2025-03-09T03:00:00Z");
        }
        GitHistory.Result history = GitHistory.read(site, "content/");
        List<Change> changes = history.of(RECORD);
        assertEquals(List.of("Sửa tin đăng lại", "Đăng lại", "Gỡ tin", "Dòng trống", "Tiêu đề và thân tin", "Tiêu đề tin",
                        "Thân tin", "Thêm cổng mẫu"), changes.stream().map(Change::message).toList());
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(), List.of("title"), List.of("title"), List.of(), List.of()),
                changes.stream().map(Change::fields).toList());
        assertEquals(List.of(true, false, true, false, true, false, true, false), changes.stream().map(Change::body).toList(),
                "a blank line at the end is no change of the text; the others are, and a removal says so");
        assertEquals(List.of(false, true, false, false, false, false, false, true), changes.stream().map(Change::created).toList());
        assertEquals(List.of("Kế hoạch", "Thêm cổng mẫu"), history.of("content/plans/2023-05-27-kh-122.md").stream().map(Change::message).toList());
    }
}
