package congkhai.cli;

import congkhai.author.RecordText;
import congkhai.base.VietnamTime;
import congkhai.config.ConfigParser;
import congkhai.load.SiteLoader;
import congkhai.model.DocType;
import congkhai.output.PublishException;
import congkhai.output.SourceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a new draft record with its front matter ready to fill, and prints its path.",
                "It never overwrites a file. Exit status: 0 written, 1 the folder is not a site (no site-config.yml), the file exists or cannot be written, 2 usage errors."})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "TYPE", description = "resolution, decision, conclusion, plan, report, notice or news; or in Vietnamese: nghi-quyet, quyet-dinh, ket-luan, ke-hoach, bao-cao, thong-bao, tin-tuc")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The subject line (trích yếu).")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder. Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of issue. Default: today (Vietnam time).")
    String date;

    @Override
    public Integer call() {
        DocType docType = DocType.parse(type).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown type '" + type + "'; use one of " + String.join(", ", DocType.codes())));
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the title must not be empty");
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(VietnamTime.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date must be a real day as YYYY-MM-DD, not '" + date + "'");
        }
        // a mistyped --source would otherwise make a stray content/ folder wherever it points
        if (!Files.isRegularFile(source.resolve(ConfigParser.FILE_NAME))) {
            spec.commandLine().getErr().println("error: no " + ConfigParser.FILE_NAME + " in " + source.toAbsolutePath().normalize() + "; is this a congkhai site?");
            spec.commandLine().getErr().flush();
            return 1;
        }
        String relative = RecordText.pathFor(docType, day.toString(), title.strip());
        Path file = source.resolve(SiteLoader.CONTENT).resolve(relative);
        try {
            new SourceWriter().createFile(file, RecordText.newRecord(docType, title.strip(), day, main.lang()));
        } catch (PublishException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().println("wrote " + file.normalize() + " (draft: true until you publish it)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
