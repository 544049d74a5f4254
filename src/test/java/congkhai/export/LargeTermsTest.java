package congkhai.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import congkhai.text.TokenCasesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter that tells the browser which terms have a file of their own: search.js (run by node)
 * must read it as Java writes it, or a large term would be looked up in the wrong file.
 */
class LargeTermsTest {

    @Test
    void searchJsReadsTheFilterAsJavaWritesIt(@TempDir Path dir) throws Exception {
        List<String> large = new ArrayList<>();
        List<String> others = new ArrayList<>();
        String[] syllables = {"giai", "phong", "mat", "bang", "hoạch", "quyết", "định", "nông", "thôn", "mới", "đất", "đai"};
        for (int i = 0; i < 300; i++) {
            String a = syllables[i % syllables.length];
            String b = syllables[(i / syllables.length) % syllables.length];
            large.add(switch (i % 4) {
                case 0 -> a + "_" + b + i;
                case 1 -> "=" + a + i;
                case 2 -> "@year:" + (1990 + i);
                default -> "$" + i + "/kh-ubnd";
            });
        }
        for (int i = 0; i < 3000; i++) {
            others.add(syllables[i % syllables.length] + "-" + i);
        }
        ObjectNode filter = LargeTerms.filter(large);
        ObjectMapper json = new ObjectMapper();
        ArrayNode cases = json.createArrayNode();
        List<String> all = new ArrayList<>(large);
        all.addAll(others);
        all.forEach(name -> cases.addObject().put("text", name).set("filter", filter));
        Path file = dir.resolve("large-cases.json");
        Files.write(file, json.writeValueAsBytes(cases));

        JsonNode fromJs = json.readTree(TokenCasesTest.runSearchJs("large", file));

        int falsePositives = 0;
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i);
            assertEquals(BrowserIndex.shardOf(name, 4096), fromJs.get(i).get(0).asInt(), "shard of " + name);
            assertEquals(held(filter, name), fromJs.get(i).get(1).asBoolean(), "filter on " + name);
            if (i < large.size()) {
                assertTrue(fromJs.get(i).get(1).asBoolean(), "a large term the filter misses: " + name);
            } else if (fromJs.get(i).get(1).asBoolean()) {
                falsePositives++;
            }
        }
        // ten bits and seven hashes a name: about one in a hundred
        assertTrue(falsePositives < others.size() * 3 / 100, falsePositives + " false positives in " + others.size());
    }

    private static boolean held(ObjectNode filter, String name) {
        byte[] bits = Base64.getDecoder().decode(filter.get("filter").asText());
        for (int bit : LargeTerms.bitsOf(name, filter.get("bits").asInt())) {
            if ((bits[bit >>> 3] & (1 << (bit & 7))) == 0) {
                return false;
            }
        }
        return true;
    }
}
