package lodestone.news.vet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped filter on candidates described as the pipeline describes them, in wordings of our own that no split
 * holds: it drops a weak offtake read from an analyst's expectation late in a story that already told two offtakes,
 * and a weak agreement told with a hedge and a negation whose mineral is borrowed from the sentence before; it keeps
 * a dated export ban with its own mineral in the lead, an investment with its amount, and a restated headline's
 * action.
 */
class LogisticFilterTest {
    private static final LogisticFilter FILTER = LogisticFilter.bundled();

    @Test
    void dropsAnExpectationAndAHedgedNegatedDealAndKeepsRealActions() {
        Candidate headline = candidate(
                "export_control",
                "export control: bans",
                true,
                false,
                0,
                0,
                0,
                true,
                "Vietnam bans rare earth ore exports",
                "bans rare earth ore exports",
                1,
                0,
                1,
                true,
                false,
                false,
                true,
                1,
                0,
                1,
                1);
        Candidate ban = candidate(
                "export_control",
                "export control: banned exports",
                true,
                false,
                0,
                0,
                1,
                false,
                "Vietnam banned exports of unprocessed rare earth ore on 1 March 2026, the industry ministry said.",
                "Vietnam banned exports of unprocessed rare earth ore on 1 March 2026",
                1,
                0,
                1,
                true,
                false,
                true,
                false,
                1,
                0,
                1,
                1);
        Candidate loan = candidate(
                "investment",
                "investment: loan",
                true,
                false,
                0,
                0,
                4,
                false,
                "The agency approved a $300 million loan to Kansanshi Mining for a cobalt plant on March 2, 2026.",
                "approved a $300 million loan to Kansanshi Mining for a cobalt plant",
                1,
                1,
                1,
                true,
                false,
                true,
                true,
                1,
                1,
                1,
                0);
        Candidate offtakeA = candidate(
                "offtake",
                "offtake: offtake",
                true,
                false,
                0,
                0,
                2,
                false,
                "Lynas signed an offtake agreement for neodymium oxide with a trading house on January 20, 2026.",
                "Lynas signed an offtake agreement for neodymium oxide",
                0,
                1,
                1,
                true,
                false,
                false,
                true,
                0,
                1,
                1,
                0);
        Candidate offtakeB = candidate(
                "offtake",
                "offtake: supply agreement",
                true,
                false,
                0,
                0,
                3,
                false,
                "Lynas also has a supply agreement with a magnet maker for neodymium that runs to 2030.",
                "Lynas also has a supply agreement with a magnet maker for neodymium",
                0,
                1,
                1,
                true,
                false,
                false,
                false,
                0,
                1,
                1,
                1);
        Candidate expectation = candidate(
                "offtake",
                "offtake: to buy",
                false,
                true,
                0.93,
                0.04,
                8,
                false,
                "Analysts at a Singapore broker expect European buyers to sign purchase agreements with other"
                        + " suppliers next year, as prices of the oxide have not recovered since the market peaked.",
                "expect European buyers to sign purchase agreements",
                0,
                0,
                1,
                false,
                false,
                false,
                false,
                0,
                0,
                0,
                2);
        Candidate hedged = candidate(
                "agreement",
                "agreement: deal",
                false,
                true,
                0.91,
                0.06,
                9,
                false,
                "Officials said a further deal could follow if talks go well, though no agreement has been reached"
                        + " and neither side has set a date.",
                "a further deal could follow",
                1,
                0,
                1,
                false,
                false,
                false,
                false,
                1,
                0,
                0,
                1);
        List<Candidate> article = List.of(headline, ban, offtakeA, offtakeB, loan, expectation, hedged);
        boolean[] keep = FILTER.keep(article);
        assertThat(keep[0])
                .as("the restated headline, P %s", FILTER.probability(article, 0))
                .isTrue();
        assertThat(keep[1])
                .as("the dated ban, P %s", FILTER.probability(article, 1))
                .isTrue();
        assertThat(keep[2])
                .as("the first offtake, P %s", FILTER.probability(article, 2))
                .isTrue();
        assertThat(keep[4]).as("the loan, P %s", FILTER.probability(article, 4)).isTrue();
        assertThat(keep[5])
                .as("the analysts' expectation, P %s", FILTER.probability(article, 5))
                .isFalse();
        assertThat(keep[6])
                .as("the hedged, negated deal, P %s", FILTER.probability(article, 6))
                .isFalse();
    }

    @Test
    void theShippedThresholdIsOneOfThoseTried() {
        assertThat(FilterTraining.THRESHOLDS).contains(FILTER.threshold());
        assertThat(FILTER.threshold()).isGreaterThan(0);
    }

    @SuppressWarnings("ParameterNumber")
    private static Candidate candidate(
            String type,
            String rule,
            boolean strong,
            boolean classified,
            double pNone,
            double pType,
            int index,
            boolean headline,
            String sentence,
            String clause,
            int countries,
            int organisations,
            int minerals,
            boolean ownMinerals,
            boolean generic,
            boolean date,
            boolean restated,
            int sentenceCountries,
            int sentenceOrganisations,
            int sentenceMinerals,
            int neighbourMinerals) {
        return new Candidate(
                type,
                rule,
                strong,
                classified,
                pNone,
                pType,
                index,
                12,
                headline,
                sentence,
                clause,
                countries,
                organisations,
                minerals,
                ownMinerals,
                generic,
                rule.contains("loan"),
                date,
                restated,
                sentenceCountries,
                sentenceOrganisations,
                sentenceMinerals,
                neighbourMinerals,
                Candidate.Signals.NONE);
    }
}
