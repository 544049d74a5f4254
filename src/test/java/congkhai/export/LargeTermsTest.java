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
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys that tell the browser which terms have an entry of their own and which: search.js (run
 * by node) must read them as Java writes them, or a large term would be read from another's entry.
 */
class LargeTermsTest {

    @Test
    void searchJsFindsTheEntryJavaWroteEachLargeTermIn(@TempDir Path dir) throws Exception {
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
        int bits = LargeTerms.keyBits(large.size());
        List<List<String>> entries = LargeTerms.byKey(large, Function.identity(), bits);
        ObjectNode description = LargeTerms.description(entries.stream().map(e -> e.get(0)).toList(), bits);
        ObjectMapper json = new ObjectMapper();
        ArrayNode cases = json.createArrayNode();
        List<String> all = new ArrayList<>(large);
        all.addAll(others);
        all.forEach(name -> cases.addObject().put("text", name).set("large", description));
        Path file = dir.resolve("large-cases.json");
        Files.write(file, json.writeValueAsBytes(cases));

        JsonNode fromJs = json.readTree(TokenCasesTest.runSearchJs("large", file));

        int falsePositives = 0;
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i);
            assertEquals(BrowserIndex.shardOf(name, 4096), fromJs.get(i).get(0).asInt(), "shard of " + name);
            int entry = fromJs.get(i).get(1).asInt();
            if (i < large.size()) {
                assertTrue(entry >= 0 && entries.get(entry).contains(name), "a large term read from another's entry: " + name + " at " + entry);
            } else if (entry >= 0) {
                assertEquals(LargeTerms.key(name, bits), LargeTerms.key(entries.get(entry).get(0), bits), "the entry of " + name + "'s key");
                falsePositives++;
            }
        }
        // 300 names take 9 bits and 8 spare: 300 keys of 2^17, which another name hits about once in 440
        assertEquals(17, bits);
        assertTrue(falsePositives < others.size() * 2 / 256, falsePositives + " false positives in " + others.size());
    }
}
