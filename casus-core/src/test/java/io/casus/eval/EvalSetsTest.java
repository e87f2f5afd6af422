package io.casus.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's own gold sets (../eval) stay readable by the scorer and consistent with their inputs. */
class EvalSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"wire-dev", "wire-dev2", "wire-dev3", "wire-heldout", "wire-heldout2", "wire-heldout3", "wire-heldout4", "wire-heldout5",
            "wire-heldout6", "wire-heldout7", "wire-heldout8"})
    void everyGoldLineNamesAnInputWhoseTextHoldsItsEvidence(String set) throws IOException {
        Path dir = Path.of("..", "eval");
        List<GoldLine> gold = Gold.read(dir.resolve(set + ".gold.jsonl"));
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(set + ".input.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            texts.put(n.get("id").asText(), n.get("text").asText());
        }
        assertFalse(gold.isEmpty());
        for (GoldLine g : gold) {
            assertTrue(texts.containsKey(g.doc()), set + ": no input " + g.doc());
            assertFalse(g.roots().isEmpty(), set + ": no root: " + g.line());
            if (g.text() != null) {
                assertTrue(texts.get(g.doc()).contains(g.text()), set + ": evidence not in the text: " + g.line());
            }
        }
    }
}
