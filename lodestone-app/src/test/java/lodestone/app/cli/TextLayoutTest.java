package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
    private static final List<String> HEADER = List.of("ID", "SHARE", "QUANTITY (t)", "LEGAL REFERENCE");
    private static final List<List<String>> ROWS = List.of(
            List.of(
                    "cn-ree-technology-catalogue-2023",
                    "69.2 %",
                    "270,000",
                    "MOFCOM and Ministry of Science and Technology: revised Catalogue of Technologies Prohibited and"
                            + " Restricted from Export (revision of the 2020 catalogue), 21 Dec 2023"),
            List.of("us-x", "0.4 %", "1,500", "none"));

    @Test
    void aWideTableFitsItsWidthWithNumbersWholeAndEveryWordKept() {
        List<String> lines = TextLayout.table(HEADER, ROWS, 40, 60);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("cn-ree-").contains("69.2 %", "270,000"));
        String joined = String.join(" ", lines).replaceAll(" +", " ");
        for (String word : ROWS.get(0).get(3).split(" ", -1)) {
            assertThat(joined).contains(word);
        }
        assertThat(joined).contains("cn-ree-technology-", "catalogue-2023");
    }

    @Test
    void unlimitedPrintsOneLinePerRowWithEveryCellWhole() {
        List<String> lines = TextLayout.table(HEADER, ROWS, 40, TextLayout.UNLIMITED);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(ROWS.get(0).get(0), ROWS.get(0).get(3));
    }

    @Test
    void aNarrowTableIsLeftAsItIs() {
        List<String> lines = TextLayout.table(List.of("A", "B"), List.of(List.of("x", "1.5")), 40, 100);
        assertThat(lines).containsExactly("A  B", "x  1.5");
    }

    @Test
    void theWidthComesFromColumnsWhenItIsANumber() {
        assertThat(TextLayout.width(null)).isEqualTo(100);
        assertThat(TextLayout.width("132")).isEqualTo(132);
        assertThat(TextLayout.width("wide")).isEqualTo(100);
        assertThat(TextLayout.width("0")).isEqualTo(100);
    }

    @Test
    void proseWrapsUnderItsIndentationAndKeepsALongWordWhole() {
        String url = "https://example.org/" + "a".repeat(120);
        assertThat(TextLayout.wrap("  - one two three four five six", 16))
                .containsExactly("  - one two", "    three four", "    five six");
        assertThat(TextLayout.wrap("    " + url, 100)).containsExactly("    " + url);
    }

    @Test
    void cuttingACellKeepsItsTextAndItsWidth() {
        qt().forAll(
                        strings().basicLatinAlphabet().ofLengthBetween(0, 200),
                        integers().between(1, 50))
                .checkAssert((text, width) -> {
                    List<String> lines = TextLayout.cut(text, width);
                    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
                    assertThat(String.join("", lines).replace(" ", ""))
                            .isEqualTo(text.replace(" ", "").strip());
                });
    }

    @Test
    void proseWrappingKeepsEveryWord() {
        qt().forAll(
                        strings().basicLatinAlphabet().ofLengthBetween(0, 300),
                        integers().between(10, 120))
                .checkAssert((text, width) -> {
                    List<String> lines = TextLayout.wrap(text.stripTrailing(), width);
                    assertThat(String.join(" ", lines).trim().split(" +", -1))
                            .containsExactly(text.trim().split(" +", -1));
                });
    }
}
