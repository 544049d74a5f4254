package congkhai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import congkhai.base.Lang;
import congkhai.base.Translator;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

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
    private final Lang lang;

    @CommandLine.Option(names = "--lang", paramLabel = "vi|en", scope = CommandLine.ScopeType.INHERIT,
            description = "The language of messages and help: vi (the default) or en. Without it, an English locale (LC_ALL, LANG) gives English.")
    String langOption;

    public Main() {
        this(System.getenv());
    }

    /** @param environment the process environment, read for {@code SOURCE_DATE_EPOCH} and the locale */
    public Main(Map<String, String> environment) {
        this(environment, Lang.choose(List.of(), environment));
    }

    Main(Map<String, String> environment, Lang lang) {
        this.environment = Map.copyOf(environment);
        this.lang = lang;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return execute(System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /**
     * Runs a command as {@code java -jar congkhai.jar} does, speaking the language that {@code --lang}
     * or the environment's locale chooses: its output, its errors and its help.
     */
    public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        Lang lang = Lang.choose(List.of(args), environment);
        Translator translator = Translator.of(lang);
        CommandLine cmd = new CommandLine(new Main(environment, lang));
        // without a fallback to the JVM's own locale, which is not the language asked for
        cmd.setResourceBundle(ResourceBundle.getBundle("congkhai.messages.help", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        PrintWriter o = translator.wrap(out);
        PrintWriter e = translator.wrap(err);
        cmd.setOut(o);
        cmd.setErr(e);
        try {
            return cmd.execute(args);
        } finally {
            o.close();
            e.close();
        }
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The language the webmaster reads: of the files {@code new}, {@code init} and {@code import} write too. */
    Lang lang() {
        return lang;
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
