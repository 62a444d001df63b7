package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Sentences a rule reading must read or must leave alone, each named in the failure it causes. */
final class ReadingCases {
    private ReadingCases() {}

    /** Asserts that the reading finds something in each sentence. */
    static void read(Function<String, Optional<?>> reading, String... sentences) {
        for (String sentence : List.of(sentences)) {
            assertThat(reading.apply(sentence)).as(sentence).isPresent();
        }
    }

    /** Asserts that the reading finds nothing in any sentence. */
    static void leftAlone(Function<String, Optional<?>> reading, String... sentences) {
        for (String sentence : List.of(sentences)) {
            assertThat(reading.apply(sentence)).as(sentence).isEmpty();
        }
    }
}
