package congkhai.config;

import congkhai.base.Parsed;
import congkhai.base.YamlReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigParserTest {

    private static Parsed<SiteConfig> parse(String text) {
        return new ConfigParser(new YamlReader()).parse("site-config.yml", text);
    }

    @Test
    void agencyAliasesAreOneTextOrAList() {
        Parsed<SiteConfig> parsed = parse("""
                title: T
                base_url: https://x.example/
                agencies:
                  - id: ubnd-tinh
                    name: "Ủy ban nhân dân tỉnh Lạng Sơn"
                    aliases: ["UBND tỉnh", " UBND tỉnh Lạng Sơn ", "UBND tỉnh"]
                  - id: so-tnmt
                    name: "Sở Tài nguyên và Môi trường"
                    aliases: "Sở TN&MT"
                  - id: so-xd
                    name: "Sở Xây dựng"
                """);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        SiteConfig config = parsed.value().orElseThrow();
        assertEquals(List.of("UBND tỉnh", "UBND tỉnh Lạng Sơn"), config.agencies().get("ubnd-tinh").aliases());
        assertEquals(List.of("Sở TN&MT"), config.agencies().get("so-tnmt").aliases());
        assertEquals(List.of(), config.agencies().get("so-xd").aliases());
    }

    @Test
    void anEmptyAliasIsAnError() {
        Parsed<SiteConfig> parsed = parse("""
                title: T
                base_url: https://x.example/
                agencies:
                  - id: so-xd
                    name: "Sở Xây dựng"
                    aliases: ["SXD", ""]
                """);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).message().contains("empty item in 'aliases'"), parsed.problems().toString());
    }
}
