package congkhai.cli;

import congkhai.pipeline.BuildReport;
import congkhai.pipeline.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site into the output folder.",
                "Exit status: 0 built, 1 content errors (the previous output is left untouched), 2 usage errors."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    BuildArgs args;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written. Default: public/ in the site folder.")
    Path output;

    @Override
    public Integer call() {
        Path out = output != null ? output : args.source.resolve("public");
        BuildReport report = new SiteBuild(BuildArgs.clock(spec.commandLine(), main.environment()), TerminalBuildProgress.forTerminal(spec.commandLine().getErr()))
                .build(args.options(spec.commandLine(), out, Optional.empty()));
        return BuildArgs.report(report, out.normalize(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
