package congkhai.config;

import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.SourceText;
import congkhai.base.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The config stage's file access: reads {@code site-config.yml} from a site folder. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static Parsed<SiteConfig> load(Path siteDir, YamlReader yaml) {
        Path file = siteDir.resolve(ConfigParser.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Parsed.failed(List.of(new Problem(SourcePos.startOf(ConfigParser.FILE_NAME),
                    "no " + ConfigParser.FILE_NAME + " in " + siteDir.toAbsolutePath().normalize() + "; is this a congkhai site?")));
        }
        try {
            List<Problem> tooBig = SourceText.checkSize(ConfigParser.FILE_NAME, Files.size(file));
            if (!tooBig.isEmpty()) {
                return Parsed.failed(tooBig);
            }
            Parsed<String> text = SourceText.decode(ConfigParser.FILE_NAME, Files.readAllBytes(file));
            if (text.value().isEmpty()) {
                return Parsed.failed(text.problems());
            }
            return new ConfigParser(yaml).parse(ConfigParser.FILE_NAME, SourceText.normalize(text.value().get()));
        } catch (IOException e) {
            return Parsed.failed(List.of(new Problem(SourcePos.startOf(ConfigParser.FILE_NAME), "cannot read: " + e.getMessage())));
        }
    }
}
