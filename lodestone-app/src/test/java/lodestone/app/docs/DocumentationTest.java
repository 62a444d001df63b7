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

    /**
     * The launcher's compiler directive for {@code extract} names methods that exist: a method renamed or moved (as
     * {@code NewsExtractor.merge} was, to {@code Coreference}) would leave the directive matching nothing.
     */
    @Test
    void theExtractDirectiveNamesMethodsThatExist() throws IOException, ClassNotFoundException {
        String directive = read("lodestone-app/src/main/launcher/extract-compiler.json");
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\"(lodestone/[\\w/$]+)\\.(\\w+)\"")
                .matcher(directive);
        int methods = 0;
        while (named.find()) {
            Class<?> type = Class.forName(named.group(1).replace('/', '.'));
            String method = named.group(2);
            assertThat(java.util.Arrays.stream(type.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
                    .as(named.group())
                    .contains(method);
            methods++;
        }
        assertThat(methods).isGreaterThanOrEqualTo(5);
    }
}
