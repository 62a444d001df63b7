package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
}
