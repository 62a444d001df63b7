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
        assertThat(INDEX.resolve("rare earth")).isEqualTo(new Resolution.Found<>("rare-earths", ""));
        assertThat(INDEX.resolve("RARE_EARTH")).isEqualTo(new Resolution.Found<>("rare-earths", ""));
        assertThat(INDEX.resolve("RareEarths")).isEqualTo(new Resolution.Found<>("rare-earths", ""));
        assertThat(INDEX.resolve("batteries")).isEqualTo(new Resolution.Found<>("batteries", ""));
        assertThat(INDEX.resolve("dy")).isEqualTo(new Resolution.Found<>("dysprosium", ""));
        assertThat(INDEX.resolve("congo kinshasa")).isEqualTo(new Resolution.Found<>("cd", ""));
    }

    @Test
    void aCuratedAliasComesFirstWithItsBasis() {
        assertThat(INDEX.resolve("Nd-Pr")).isEqualTo(new Resolution.Found<>("rare-earths", "a mix of two rare earths"));
        assertThat(INDEX.resolve("congo")).isEqualTo(new Resolution.Ambiguous<>(List.of("cd", "cg"), "names both"));
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
                        boolean ok = resolution.equals(new Resolution.Found<>(i, ""));
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
                    return resolution.equals(new Resolution.Found<>("entry", ""))
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
}
