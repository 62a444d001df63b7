package lodestone.report.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The name index on small made-up catalogues: the order of resolution, ambiguity, suggestions and its invariants. */
class NameIndexTest {
    private static final NameIndex<String> INDEX = NameIndex.<String>builder()
            .name("gallium", "gallium")
            .name("gallium", "Ga")
            .name("rare-earths", "rare-earths")
            .name("rare-earths", "Rare earths")
            .name("batteries", "Battery")
            .name("cg", "Congo")
            .name("cd", "Congo (Kinshasa)")
            .name("germanium", "germanium")
            .name("dysprosium", "Dysprosium")
            .name("dysprosium", "Dy")
            .alias("Congo", List.of("cd", "cg"), "names both")
            .alias("NdPr", List.of("rare-earths"), "a mix of two rare earths")
            .build();

    @Test
    void keysIgnoreCaseAccentsHyphensPunctuationAndSpacing() {
        assertThat(NameKey.words("  Rare-Earths ")).isEqualTo("rare earths");
        assertThat(NameKey.words("Côte d’Ivoire")).isEqualTo("cote d ivoire");
        assertThat(NameKey.words("Bosnia & Herzegovina")).isEqualTo("bosnia and herzegovina");
        assertThat(NameKey.words("U.S.A.")).isEqualTo("u s a");
        assertThat(NameKey.compact("u s a")).isEqualTo("usa");
    }

    @Test
    void theLastWordMayBeSingularOrPlural() {
        assertThat(NameKey.numberVariants("rare earth")).contains("rare earths");
        assertThat(NameKey.numberVariants("platinum group metals")).contains("platinum group metal");
        assertThat(NameKey.numberVariants("batteries")).contains("battery");
        assertThat(NameKey.numberVariants("battery")).contains("batteries");
        assertThat(NameKey.numberVariants("gas")).isEmpty();
        assertThat(NameKey.numberVariants("glass")).containsExactly("glasss", "glasses");
    }

    @Test
    void resolvesNamesAsTyped() {
        assertThat(value(INDEX.resolve("rare earth"))).isEqualTo("rare-earths");
        assertThat(value(INDEX.resolve("RARE_EARTH"))).isEqualTo("rare-earths");
        assertThat(value(INDEX.resolve("RareEarths"))).isEqualTo("rare-earths");
        assertThat(value(INDEX.resolve("batteries"))).isEqualTo("batteries");
        assertThat(value(INDEX.resolve("dy"))).isEqualTo("dysprosium");
        assertThat(value(INDEX.resolve("congo kinshasa"))).isEqualTo("cd");
    }

    @Test
    void aCuratedAliasComesFirstWithItsBasis() {
        assertThat(INDEX.resolve("Nd-Pr"))
                .isEqualTo(new Resolution.Found<>(
                        "rare-earths",
                        new Match("Nd-Pr", NameKind.CURATED, "NdPr", Match.Reading.FORM, "a mix of two rare earths")));
        assertThat(INDEX.resolve("congo")).isEqualTo(new Resolution.Ambiguous<>(List.of("cd", "cg"), "names both"));
    }

    /** The basis of each match names the kind of name matched and how closely, and nothing for an exact id. */
    @Test
    void aMatchSaysWhichNameItMatchedAndHow() {
        NameIndex<String> index = NameIndex.<String>builder()
                .name("rare-earths", "rare-earths", NameKind.ID)
                .name("rare-earths", "Rare earths", NameKind.NAME)
                .name("rare-earths", "REE", NameKind.SOURCE_NAME)
                .name("dysprosium", "dysprosium", NameKind.ID)
                .name("dysprosium", "Dy", NameKind.SYMBOL)
                .alias("NdPr", List.of("rare-earths"), "a mix of two rare earths")
                .build();
        assertThat(basis(index, "rare-earths")).isEqualTo("the id");
        assertThat(((Resolution.Found<String>) index.resolve("rare-earths"))
                        .match()
                        .exact())
                .isTrue();
        assertThat(basis(index, "Dy")).isEqualTo("element symbol of dysprosium");
        assertThat(basis(index, "dy"))
                .isEqualTo("element symbol of dysprosium (Dy), matched ignoring case, spacing" + " and punctuation");
        assertThat(basis(index, "REE")).isEqualTo("a name the sources use for rare-earths");
        assertThat(basis(index, "Rare-Earths"))
                .isEqualTo("rare-earths, matched ignoring case, spacing and punctuation");
        assertThat(basis(index, "rare earth")).isEqualTo("rare-earths, matched as the plural");
        assertThat(basis(index, "NdPr")).isEqualTo("curated alias of rare-earths: a mix of two rare earths");
        assertThat(basis(index, "ndpr"))
                .isEqualTo("curated alias of rare-earths (NdPr), matched ignoring case, spacing and punctuation: a mix"
                        + " of two rare earths");
        NameIndex<String> plural = NameIndex.<String>builder()
                .name("batteries", "Battery", NameKind.NAME)
                .build();
        assertThat(basis(plural, "batteries")).isEqualTo("the name of batteries (Battery), matched as the singular");
    }

    private static String basis(NameIndex<String> index, String text) {
        Resolution.Found<String> found = (Resolution.Found<String>) index.resolve(text);
        return found.match().describe(found.value());
    }

    @Test
    void anUnknownNameSuggestsTheClosestNames() {
        assertThat(INDEX.resolve("galium")).isEqualTo(new Resolution.Unknown<>(List.of("gallium")));
        assertThat(INDEX.resolve("dyspro")).isEqualTo(new Resolution.Unknown<>(List.of("dysprosium")));
        assertThat(INDEX.resolve("congp")).isEqualTo(new Resolution.Unknown<>(List.of("cd", "cg")));
        assertThat(INDEX.resolve("unobtainium")).isEqualTo(new Resolution.Unknown<>(List.of()));
        assertThat(INDEX.resolve(" - ")).isEqualTo(new Resolution.Unknown<>(List.of()));
        // two-letter symbols are never suggested: at distance 1 nearly all are near
        assertThat(INDEX.resolve("Dx")).isEqualTo(new Resolution.Unknown<>(List.of()));
    }

    @Test
    void theThresholdGrowsWithTheLength() {
        assertThat(NameIndex.threshold(4)).isEqualTo(1);
        assertThat(NameIndex.threshold(5)).isEqualTo(2);
        assertThat(NameIndex.threshold(8)).isEqualTo(2);
        assertThat(NameIndex.threshold(9)).isEqualTo(3);
    }

    @Test
    void aliasesAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> NameIndex.<String>builder().alias("x", List.of(), "b"))
                .hasMessage("alias (x) denotes no entry.");
        assertThatThrownBy(() -> NameIndex.<String>builder().alias("x", List.of("a"), " "))
                .hasMessage("alias (x) has no basis.");
        assertThatThrownBy(() -> NameIndex.<String>builder()
                        .alias("Nd Pr", List.of("a"), "b")
                        .alias("NdPr", List.of("a"), "b"))
                .hasMessage("alias (NdPr) is given twice.");
    }

    /** Names of 4 to 12 letters, with spaces in between now and then. */
    private static Gen<String> names() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(4, 12);
    }

    @Test
    void everyNameResolvesToItsEntryWhateverTheCaseAndSeparators() {
        qt().withFixedSeed(20261203L)
                .forAll(lists().of(names()).ofSizeBetween(1, 20), integers().all())
                .check((names, seed) -> {
                    NameIndex.Builder<Integer> builder = NameIndex.builder();
                    for (int i = 0; i < names.size(); i++) {
                        builder.name(i, names.get(i));
                    }
                    NameIndex<Integer> index = builder.build();
                    Random random = new Random(seed);
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(i);
                        if (names.indexOf(name) != names.lastIndexOf(name)) {
                            continue; // a duplicate name is ambiguous, checked below
                        }
                        String typed = disguise(name, random);
                        Resolution<Integer> resolution = index.resolve(typed);
                        boolean ok = Integer.valueOf(i).equals(value(resolution));
                        if (!ok) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    private static String disguise(String name, Random random) {
        StringBuilder typed = new StringBuilder(random.nextBoolean() ? "  " : "");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            typed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return typed.append(random.nextBoolean() ? " " : "").toString();
    }

    @Test
    void aNameSharedByTwoEntriesIsAmbiguousNeverSilentlyOne() {
        qt().withFixedSeed(3L)
                .forAll(names())
                .check(name -> NameIndex.<Integer>builder()
                        .name(1, name)
                        .name(2, name.toUpperCase(Locale.ROOT))
                        .build()
                        .resolve(name)
                        .equals(new Resolution.Ambiguous<>(List.of(1, 2), "")));
    }

    @Test
    void aOneLetterTypoIsResolvedOrSuggested() {
        qt().withFixedSeed(17L)
                .forAll(
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(5, 14),
                        integers().all())
                .check((name, seed) -> {
                    Random random = new Random(seed);
                    int at = random.nextInt(name.length());
                    char other = (char) ('a' + random.nextInt(26));
                    String typo = name.substring(0, at) + other + name.substring(at + 1);
                    Resolution<String> resolution = NameIndex.<String>builder()
                            .name("entry", name)
                            .build()
                            .resolve(typo);
                    return "entry".equals(value(resolution))
                            || resolution.equals(new Resolution.Unknown<>(List.of("entry")));
                });
    }

    @Test
    void suggestionsAreFewAndNeverAnExactMatch() {
        qt().withFixedSeed(5L)
                .forAll(lists().of(names()).ofSizeBetween(1, 40), names())
                .check((names, query) -> {
                    NameIndex.Builder<String> builder = NameIndex.builder();
                    names.forEach(name -> builder.name(name, name));
                    Resolution<String> resolution = builder.build().resolve(query);
                    if (resolution instanceof Resolution.Unknown<String> unknown) {
                        return unknown.suggestions().size() <= NameIndex.MAX_SUGGESTIONS
                                && !unknown.suggestions().contains(query);
                    }
                    return true;
                });
    }

    @Test
    void keysAreStable() {
        qt().withFixedSeed(9L)
                .forAll(strings().allPossible().ofLengthBetween(0, 30))
                .check(text -> NameKey.words(NameKey.words(text)).equals(NameKey.words(text))
                        && !NameKey.compact(NameKey.words(text)).contains(" "));
    }

    /** @return the entry a name resolved to, or the resolution itself if it found none or several */
    static Object value(Resolution<?> resolution) {
        return resolution instanceof Resolution.Found<?> found ? found.value() : resolution;
    }
}
