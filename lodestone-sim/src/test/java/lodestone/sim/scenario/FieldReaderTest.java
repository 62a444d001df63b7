package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldReaderTest {
    @Test
    void treeReadsYamlAndJsonAlike() {
        JsonNode yaml = FieldReader.tree("id: x\nshares: [0.5, 0.25]\n", "a.yaml", ScenarioException::new);
        JsonNode json = FieldReader.tree("{\"id\": \"x\", \"shares\": [0.5, 0.25]}", "a.json", ScenarioException::new);

        assertThat(yaml).isEqualTo(json);
        assertThat(yaml.get("shares").get(1).asDouble()).isEqualTo(0.25);
    }

    @Test
    void treeOfATextWithoutADocumentIsNoMapping() {
        for (String text : List.of("", "# only a comment\n")) {
            JsonNode root = FieldReader.tree(text, "empty.yaml", ScenarioException::new);
            assertThat(root == null || !root.isObject()).as(text).isTrue();
        }
    }

    @Test
    void unparsableTextIsTheReadersExceptionNamingOriginAndLine() {
        assertThatThrownBy(() -> FieldReader.tree("id: x\nshares: [0.5\n", "broken.yaml", ScenarioException::new))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0)).startsWith("cannot parse at line 2: ");
                })
                .hasMessageStartingWith("scenario broken.yaml has 1 problem:");
    }

    @Test
    void theFailureIsBuiltByTheCaller() {
        record Refusal(String origin, List<String> problems) {}
        class Refused extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private final transient Refusal refusal;

            Refused(String origin, List<String> problems) {
                super(origin);
                this.refusal = new Refusal(origin, problems);
            }
        }

        assertThatThrownBy(() -> FieldReader.tree("a: [", "x.yaml", Refused::new))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.refusal.origin()).isEqualTo("x.yaml");
                    assertThat(e.refusal.problems()).singleElement().asString().startsWith("cannot parse at line ");
                });
    }

    @Test
    void listKeepsTheItemsReadAtTheirPathsAndDropsTheRefused() {
        FieldReader fields = new FieldReader();
        JsonNode root = FieldReader.tree("partners: [a, '', b]\n", "a.yaml", ScenarioException::new);
        List<String> paths = new ArrayList<>();

        List<String> read = fields.list(root.get("partners"), "markets[0].partners", (item, path) -> {
            paths.add(path);
            if (item.asText().isEmpty()) {
                fields.problem(path, item, "must not be empty");
                return null;
            }
            return item.asText();
        });

        assertThat(read).containsExactly("a", "b");
        assertThat(paths).containsExactly("markets[0].partners[0]", "markets[0].partners[1]", "markets[0].partners[2]");
        assertThat(fields.problems()).containsExactly("markets[0].partners[1] (\"\") must not be empty.");
        assertThat(fields.list(root.get("absent"), "absent", (item, path) -> item))
                .isEmpty();
    }

    @Test
    void bufferSwitchesOfAnUnparsableSpecNameTheLine() {
        assertThatThrownBy(() -> ScenarioReader.bufferSwitches("id: x\nbuffers: {without: [vault\n", "s.yaml"))
                .isInstanceOfSatisfying(
                        ScenarioException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("cannot parse at line "));
        assertThat(ScenarioReader.bufferSwitches("id: x\nbuffers: {without: [vault]}\n", "s.yaml"))
                .isEqualTo(new BufferSwitches(Set.of("vault"), Set.of()));
    }
}
