package congkhai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Map;

/** Entry point: {@code java -jar congkhai.jar <command>}. */
@Command(name = "congkhai",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a public transparency portal from YAML and Markdown records.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, InitCommand.class, ImportCommand.class,
                SearchCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    public Main() {
        this(System.getenv());
    }

    /** @param environment the process environment, read for {@code SOURCE_DATE_EPOCH} */
    public Main(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, check, serve, search, export, new or init");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"congkhai " + (v == null ? "(development build)" : v)};
        }
    }
}
