package lodestone.risk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CuratedCsvTest {
    @Test
    void parseReadsQuotedCommasQuotesAndLineBreaks() {
        String text = "name,note\r\n\"Lynas, Kalgoorlie\",\"called \"\"the plant\"\"\"\n\nx,\"two\nlines\"\n";

        assertThat(CuratedCsv.parse(text))
                .containsExactly(
                        List.of("name", "note"),
                        List.of("Lynas, Kalgoorlie", "called \"the plant\""),
                        List.of("x", "two\nlines"));
    }

    @Test
    void parseSkipsBlankLinesButKeepsARowOfEmptyFields() {
        assertThat(CuratedCsv.parse("\n\na\n,\n\r\n")).containsExactly(List.of("a"), List.of("", ""));
        assertThat(CuratedCsv.parse("")).isEmpty();
    }

    @Test
    void splitReadsOneLineAndKeepsAnEmptyLineAsOneEmptyCell() {
        assertThat(CuratedCsv.split("cn,\"a, b\",\"\"\"q\"\"\",")).containsExactly("cn", "a, b", "\"q\"", "");
        assertThat(CuratedCsv.split("")).containsExactly("");
    }

    @Test
    void rowsSkipCommentsBlankLinesAndTheHeaderAndKeepLineNumbers() {
        String text = "# a comment, with \"quotes\n# another\nmineral,value\n\ngallium,\"1,5\"\r\ngermanium,2\n";

        assertThat(CuratedCsv.rows("t.csv", text, 2))
                .containsExactly(
                        new CuratedCsv.Row(5, List.of("gallium", "1,5")),
                        new CuratedCsv.Row(6, List.of("germanium", "2")));
    }

    @Test
    void rowsRefuseAnotherNumberOfCellsNamingResourceAndLine() {
        assertThatThrownBy(() -> CuratedCsv.rows("t.csv", "a,b\n1,2\n1,2,3\n", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t.csv:3: expected 2 cells, found 3.");
    }

    @Test
    void parseReadsBackWhatRfc4180Writes() {
        Gen<String> field = lists().of(integers().between(0, 5).map(i -> String.valueOf("ab,\"\n ".charAt(i))))
                .ofSizeBetween(0, 6)
                .map(chars -> String.join("", chars));
        Gen<List<List<String>>> table =
                lists().of(lists().of(field).ofSizeBetween(2, 4)).ofSizeBetween(1, 5);
        qt().withFixedSeed(4180L).forAll(table).check(rows -> {
            String text = rows.stream()
                    .map(row -> row.stream()
                            .map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
                            .collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\r\n"));
            return CuratedCsv.parse(text).equals(rows);
        });
    }
}
