package congkhai.cli;

import congkhai.author.SiteSkeleton;
import congkhai.base.VietnamTime;
import congkhai.output.PublishException;
import congkhai.output.SourceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import congkhai.pipeline.BuildOptions;
import congkhai.pipeline.BuildReport;
import congkhai.pipeline.SiteBuild;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a new portal in DIR (which must be new or empty): site-config.yml, content/ with a sample record, a README,",
                "builds it into DIR/public at once, and prints the commands to preview, check and build it from the current folder.",
                "Exit status: 0 created, 1 DIR is not empty or cannot be written, 2 usage errors."})
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

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        int files;
        try {
            files = new SourceWriter().createSite(dir, SiteSkeleton.files(title, today, copyTheme, main.lang()));
        } catch (PublishException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        String where = Invocation.quoted(Invocation.relative(cwd, dir));
        out.printf("created a new portal of %d files in %s%n", files, where);
        out.flush();
        // the webmaster sees the site at once, and learns now (not at the first edit) if it does not build
        Path output = dir.resolve("public");
        BuildReport report = new SiteBuild(BuildArgs.clock(spec.commandLine(), main.environment()), TerminalBuildProgress.forTerminal(err))
                .build(new BuildOptions(dir, output, Optional.empty(), Optional.empty()));
        if (BuildArgs.report(report, Path.of(Invocation.relative(cwd, output)), out, err) != 0) {
            return 1;
        }
        String run = Invocation.command(cwd, main.environment());
        out.println();
        out.println("Next, from the folder you are in:");
        out.println("  preview at http://localhost:8080/, reloading as you edit:");
        out.println("    " + run + " serve --source " + where);
        out.println("  add a draft record:");
        out.println("    " + run + " new ke-hoach \"Tên kế hoạch\" --source " + where);
        out.println("  check everything, links included:");
        out.println("    " + run + " check --source " + where);
        out.println("  build the site for publishing (into " + Invocation.quoted(Invocation.relative(cwd, output)) + "):");
        out.println("    " + run + " build --source " + where);
        out.flush();
        return 0;
    }
}
