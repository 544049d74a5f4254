package congkhai.cli;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the webmaster reads: Vietnamese by default, English with --lang en or an English locale. */
public class MessagesTest {

    /** Words that only an untranslated English message has; quoted values and paths are left out first. */
    public static final Pattern ENGLISH = Pattern.compile("\\b(?:agency|task|topic|record|the|is|must|not|field|unknown|with|and|of|be|has|no|cannot|missing|required|file|write|use|link|broken|rename|empty|item)\\b");

    public static final Map<String, String> VIETNAMESE = Map.of("LANG", "vi_VN.UTF-8");

    @TempDir
    Path tmp;

    /** Every error of the invalid corpus, built in Vietnamese, has no English left in its message. */
    @Test
    void everyContentErrorOfTheInvalidCorpusIsInVietnamese() throws IOException {
        List<String> untranslated = new ArrayList<>();
        int lines = 0;
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(TestSites.fixture("invalid"))) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        for (Path site : cases) {
            TestSites.Run run = TestSites.cli(VIETNAMESE, "build", "--source=" + site, "--output=" + tmp.resolve(site.getFileName()), "--as-of=2025-06-30");
            assertEquals(1, run.code(), site + ": " + run.err());
            for (String line : run.err().lines().toList()) {
                int at = line.indexOf(": error: ");
                if (at < 0) {
                    continue;
                }
                lines++;
                String message = line.substring(at + ": error: ".length())
                        .replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\S+/\\S+", "/");
                // a template's own syntax error is FreeMarker's, quoted after the translated lead-in
                if (ENGLISH.matcher(message).find() && !message.startsWith("lỗi cú pháp mẫu giao diện")) {
                    untranslated.add(site.getFileName() + ": " + line);
                }
            }
            assertTrue(run.err().lines().anyMatch(l -> l.matches("^\\d+ lỗi; chưa ghi gì, .* giữ nguyên$")), run.err());
        }
        assertTrue(lines > 100, "the corpus gave " + lines + " error lines");
        assertEquals(List.of(), untranslated);
    }

    @Test
    void anEnglishLocaleOrLangEnGivesTheMessagesInEnglish() {
        Path site = TestSites.fixture("invalid").resolve("config");
        TestSites.Run vi = TestSites.cli(VIETNAMESE, "build", "--source=" + site, "--output=" + tmp.resolve("a"));
        TestSites.Run locale = TestSites.cli(Map.of("LC_ALL", "en_GB.UTF-8"), "build", "--source=" + site, "--output=" + tmp.resolve("b"));
        TestSites.Run option = TestSites.cli(VIETNAMESE, "build", "--lang", "en", "--source=" + site, "--output=" + tmp.resolve("c"));
        TestSites.Run none = TestSites.cli(Map.of("LANG", "C.UTF-8"), "build", "--source=" + site, "--output=" + tmp.resolve("d"));
        assertTrue(locale.err().contains(" errors; nothing was written"), locale.err());
        assertEquals(locale.err(), option.err().replace(tmp.resolve("c").toString(), tmp.resolve("b").toString()));
        assertTrue(vi.err().contains(" lỗi; chưa ghi gì"), vi.err());
        assertEquals(vi.err(), none.err().replace(tmp.resolve("d").toString(), tmp.resolve("a").toString()),
                "a locale that is not English (C included) gives Vietnamese");
    }

    @Test
    void helpIsInTheLanguageAndCutsNoCommandShort() {
        TestSites.Run vi = TestSites.cli(VIETNAMESE, "help");
        assertTrue(vi.out().contains("Cách dùng: congkhai"), vi.out());
        assertTrue(vi.out().contains("  init    Tạo cổng mới trong một thư mục mới hoặc trống, và dựng ngay."), vi.out());
        TestSites.Run en = TestSites.cli("help");
        assertTrue(en.out().contains("  import  Turns a document's plain text (or a JBake site) into draft records."), en.out());
        // every command's summary in the list ends its sentence: none is cut
        for (TestSites.Run run : List.of(vi, en)) {
            List<String> list = run.out().lines().dropWhile(l -> !l.equals("Commands:") && !l.equals("Các lệnh:")).skip(1).toList();
            StringBuilder entry = new StringBuilder();
            List<String> entries = new ArrayList<>();
            for (String l : list) {
                if (l.matches("^  \\S.*") && entry.length() > 0) {
                    entries.add(entry.toString());
                    entry.setLength(0);
                }
                entry.append(l.strip()).append(' ');
            }
            entries.add(entry.toString());
            entries.forEach(e -> assertTrue(e.strip().endsWith("."), "cut short: " + e));
        }
        TestSites.Run initVi = TestSites.cli(VIETNAMESE, "init", "--help");
        assertTrue(initVi.out().contains("Thư mục của cổng mới."), initVi.out());
        assertFalse(initVi.out().contains("The folder of the new portal"), initVi.out());
    }

    /** Words of picocli's and our own English about a command line, beyond those of {@link #ENGLISH}. */
    static final Pattern ENGLISH_COMMAND_LINE = Pattern.compile(
            "\\b(?:at|index|argument|arguments|option|options|parameter|should|specified|only|once|possible|solutions|subcommand|int|boolean|expected|absolute|an|for|seconds|whole|number)\\b");

    /** A mistyped or misused command line is answered in Vietnamese, the picocli parts included. */
    @Test
    void everyMistakeOnTheCommandLineIsAnsweredInVietnamese() {
        String site = TestSites.fixture("basic").toString();
        List<List<String>> mistakes = List.of(
                List.of("biuld"),
                List.of("help", "biuld"),
                List.of("build", "thua", "nua"),
                List.of("build", "thua"),
                List.of("build", "--sourc", "x"),
                List.of("build", "--output"),
                List.of("build", "--source", "a", "--source", "b"),
                List.of("check", "--strict", "--strict"),
                List.of("check", "--strict=co"),
                List.of("serve", "--port", "abc"),
                List.of("search", "--limit", "x", "q"),
                List.of("build", "--base-url=::"),
                List.of("build", "--base-url=ftp://congkhai.example/"),
                List.of("import", "--from"),
                List.of("new"));
        List<String> untranslated = new ArrayList<>();
        for (List<String> args : mistakes) {
            TestSites.Run run = TestSites.cli(VIETNAMESE, args.toArray(String[]::new));
            assertEquals(2, run.code(), args + ": " + run.err());
            // what follows is the command's help, which everyOptionOfEveryCommandIsExplainedInVietnamese reads
            for (String line : run.err().lines().takeWhile(l -> !l.startsWith("Cách dùng:")).toList()) {
                String words = line.replaceAll("'[^']*'", "''");
                if (ENGLISH.matcher(words).find() || ENGLISH_COMMAND_LINE.matcher(words).find()) {
                    untranslated.add(args + ": " + line);
                }
            }
        }
        // mistakes of where to write, exit status 1
        Path notEmpty = tmp.resolve("khong-trong");
        Path aFile = tmp.resolve("mot-tep");
        try {
            Files.createDirectories(notEmpty.resolve("cu"));
            Files.writeString(aFile, "x");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<List<String>> misplaced = List.of(
                List.of("build", "--source=" + site, "--output=" + aFile),
                List.of("build", "--source=" + site, "--output=" + notEmpty),
                List.of("build", "--source=" + site, "--output=" + site),
                List.of("build", "--source=" + site, "--output=" + site + "/content/ra"),
                List.of("init", aFile.toString()),
                List.of("init", notEmpty.toString()),
                List.of("new", "plan", "Kế hoạch", "--source=" + notEmpty),
                List.of("import", "--from-jbake", notEmpty.toString(), "--source=" + site));
        for (List<String> args : misplaced) {
            TestSites.Run run = TestSites.cli(VIETNAMESE, args.toArray(String[]::new));
            assertEquals(1, run.code(), args + ": " + run.err());
            for (String line : run.err().lines().toList()) {
                String words = line.replaceAll("'[^']*'", "''").replaceAll("\\S+/\\S+", "/");
                if (ENGLISH.matcher(words).find() || ENGLISH_COMMAND_LINE.matcher(words).find()) {
                    untranslated.add(args + ": " + line);
                }
            }
        }
        assertFalse(Files.exists(notEmpty.resolve("content")), "new wrote into a folder that is not a site");
        Map<String, String> badEpoch = new java.util.HashMap<>(VIETNAMESE);
        badEpoch.put("SOURCE_DATE_EPOCH", "hom-qua");
        TestSites.Run epoch = TestSites.cli(badEpoch, "build", "--source=" + site, "--output=" + tmp.resolve("epoch"));
        assertEquals(2, epoch.code(), epoch.err());
        String first = epoch.err().lines().findFirst().orElse("").replaceAll("'[^']*'", "''");
        if (ENGLISH.matcher(first).find() || ENGLISH_COMMAND_LINE.matcher(first).find()) {
            untranslated.add("SOURCE_DATE_EPOCH: " + first);
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void everyOptionOfEveryCommandIsExplainedInVietnamese() {
        picocli.CommandLine english = new picocli.CommandLine(new Main(Map.of(), congkhai.base.Lang.EN));
        List<String> untranslated = new ArrayList<>();
        english.getSubcommands().forEach((name, sub) -> {
            String vi = TestSites.cli(VIETNAMESE, name, "--help").out();
            for (var option : sub.getCommandSpec().options()) {
                for (String line : option.description()) {
                    // the English wording, cut where the help would wrap it
                    String start = line.length() > 30 ? line.substring(0, 30) : line;
                    if (!start.isBlank() && vi.contains(start)) {
                        untranslated.add(name + " " + option.longestName() + ": " + line);
                    }
                }
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void theFilesNewAndInitWriteSpeakTheWebmastersLanguage() throws IOException {
        Path vi = tmp.resolve("vi");
        assertEquals(0, TestSites.cli(VIETNAMESE, "init", vi.toString()).code());
        assertTrue(Files.readString(vi.resolve("README.md")).contains("Cổng công khai thông tin, dựng bằng congkhai."));
        assertTrue(Files.readString(vi.resolve("site-config.yml")).startsWith("# Cấu hình của cổng"));
        TestSites.Run made = TestSites.cli(VIETNAMESE, "new", "ke-hoach", "Kế hoạch thử", "--source", vi.toString(), "--date", "2025-04-02");
        assertTrue(made.out().startsWith("đã tạo "), made.out());
        String record = Files.readString(vi.resolve("content/plans/2025-04-02-ke-hoach-thu.md"));
        assertTrue(record.contains("# bản nháp: được kiểm tra nhưng chưa công bố; xóa dòng này để công bố"), record);

        Path en = tmp.resolve("en");
        assertEquals(0, TestSites.cli("init", en.toString()).code());
        assertTrue(Files.readString(en.resolve("README.md")).contains("A public transparency portal built with congkhai."));
        TestSites.cli("new", "plan", "Kế hoạch thử", "--source", en.toString(), "--date", "2025-04-02");
        assertTrue(Files.readString(en.resolve("content/plans/2025-04-02-ke-hoach-thu.md")).contains("# checked but not published; remove to publish"));
    }

    /** What import says it wrote names the kind of document in Vietnamese, not by its code in the format. */
    @Test
    void importNamesTheKindOfDocumentItWroteInVietnamese() {
        Path portal = tmp.resolve("cong-nhap");
        assertEquals(0, TestSites.cli(VIETNAMESE, "init", portal.toString()).code());
        TestSites.Run run = TestSites.cli(VIETNAMESE, "import", "--source", portal.toString(),
                "src/test/resources/import/heldout/h2-thong-bao-ket-luan.txt");
        assertEquals(0, run.code(), run.err());
        String first = run.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith("đã tạo ") && first.contains("(bản nháp, draft: true): thông báo kết luận số 215/TB-VP, "), first);
    }

    /** A code of the format is given with what it means, where the webmaster must write the code. */
    @Test
    void anUnknownStatusIsAnsweredWithWhatEachCodeMeans() {
        TestSites.Run run = TestSites.cli(VIETNAMESE, "build", "--source=" + TestSites.fixture("invalid/progress"),
                "--output=" + tmp.resolve("tien-do"), "--as-of=2025-06-30");
        assertTrue(run.err().contains("error: trạng thái không hợp lệ 'finished'; dùng một trong: not_started (chưa triển khai),"
                + " in_progress (đang thực hiện), done (đã hoàn thành), cancelled (đã hủy bỏ)"), run.err());
    }
}
