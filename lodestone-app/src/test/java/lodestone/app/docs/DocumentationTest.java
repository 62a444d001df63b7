package lodestone.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lodestone.app.resource.Resource;
import lodestone.app.resource.Resources;
import lodestone.store.dataset.Dataset;
import lodestone.store.dataset.Datasets;
import org.junit.jupiter.api.Test;

/** The docs name what the code declares: every importable dataset, every question and its API path. */
class DocumentationTest {
    private static String read(String file) throws IOException {
        return Files.readString(Path.of("..").resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theDataPageListsEveryDatasetOfTheRegistry() throws IOException {
        String data = read("docs/data.md");
        for (Dataset dataset : Datasets.OFFICIAL) {
            assertThat(data)
                    .as(dataset.id())
                    .contains("| `" + dataset.id() + "` | " + dataset.description() + " | `" + dataset.sharedFolder()
                            + "` | `" + dataset.source() + "` |");
        }
    }

    @Test
    void theReadmeNamesEveryQuestionAndItsPath() throws IOException {
        String readme = read("README.md");
        for (Resource resource : Resources.ALL) {
            assertThat(readme).as(resource.command()).contains("./lodestone " + resource.command());
            for (String path : resource.paths()) {
                assertThat(readme)
                        .as(path)
                        .contains("`" + path.replace("/api/v1/", "").replaceAll("\\?.*", ""));
            }
        }
    }
}
