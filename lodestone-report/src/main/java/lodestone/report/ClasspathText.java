package lodestone.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text resources the pure modules ship but do not read themselves (they do no I/O): the EU method's curated
 * inputs, the scenario presets.
 */
public final class ClasspathText {
    private ClasspathText() {}

    /**
     * @param anchor a class of the module that ships the resource
     * @param resource the resource path, without a leading slash
     * @return its UTF-8 text
     * @throws IllegalStateException if it is missing (a build defect)
     */
    public static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }
}
