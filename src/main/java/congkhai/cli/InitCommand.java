package congkhai.cli;

import congkhai.author.SiteSkeleton;
import congkhai.output.PublishException;
import congkhai.output.SourceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a new portal in DIR (which must be new or empty): site-config.yml, content/ with a sample record, a README.",
                "The new portal builds at once. Exit status: 0 created, 1 DIR is not empty or cannot be written, 2 usage errors."})
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new portal.")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT", description = "The portal's name. Default: ${DEFAULT-VALUE}.")
    String title = "Cổng công khai thông tin";

    @Option(names = "--copy-theme", description = "Also copy the built-in theme into templates/ to change it. "
            + "Without it the portal uses the theme inside congkhai and gets its fixes with each version.")
    boolean copyTheme;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int files;
        try {
            files = new SourceWriter().createSite(dir, SiteSkeleton.files(title, today, copyTheme));
        } catch (PublishException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().printf("created a portal of %d files in %s; preview it with: java -jar congkhai.jar serve --source %s%n",
                files, dir.normalize(), dir.normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
