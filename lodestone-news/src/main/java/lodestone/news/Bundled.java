package lodestone.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text files bundled in the news module's jar: the vocabulary, the gazetteer and the trained weights. */
public final class Bundled {
    private Bundled() {}

    /**
     * @param path the resource's path, e.g. {@code lodestone/news/countries.tsv}
     * @return its text (UTF-8)
     * @throws IllegalStateException if the jar lacks it
     */
    public static String text(String path) {
        return text(path, "");
    }

    /**
     * @param path the path of a file a training class writes
     * @param trainer the class whose {@code main} writes it, named in the message if the file is missing
     * @return its text (UTF-8)
     * @throws IllegalStateException if the jar lacks it
     */
    public static String trained(String path, Class<?> trainer) {
        return text(path, "\nMaybe run " + trainer.getName() + " to create it.");
    }

    private static String text(String path, String hint) {
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from lodestone-news." + hint);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
