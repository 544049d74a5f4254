package congkhai.cli;

import congkhai.build.BuildReport;
import congkhai.build.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the site as build does, plus every link inside the site, and writes nothing.",
                "Exit status: 0 no problems, 1 content, template or link errors, 2 usage errors."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    BuildArgs args;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report = new SiteBuild(BuildArgs.clock(spec.commandLine(), main.environment()), Progress.forTerminal(err))
                .check(args.options(spec.commandLine(), args.source.resolve("public"), Optional.empty()));
        if (!report.problems().isEmpty()) {
            report.problems().forEach(err::println);
            err.println(BuildArgs.errors(report.problems().size()));
            err.flush();
            return 1;
        }
        out.printf(Locale.ROOT, "checked %d records, %d pages and their links in %.2f s: no problems (statuses as of %s)%n",
                report.records(), report.pages(), report.seconds(), report.asOf());
        out.flush();
        return 0;
    }
}
