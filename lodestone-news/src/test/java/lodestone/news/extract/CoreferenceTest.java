package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lodestone.news.extract.NewsExtractor.Draft;
import org.junit.jupiter.api.Test;

/** The coreference stage on frames built by hand: what merges, what stays apart, what a title and a summary give way to. */
class CoreferenceTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Sentence HEADLINE = new Sentence(0, 0, 41, "China curbs gallium and germanium exports");
    private static final Sentence BODY =
            new Sentence(1, 42, 105, "China on Monday banned exports of gallium to the United States.");
    private static final Sentence RECAP =
            new Sentence(2, 106, 170, "Beijing first restricted gallium shipments in 2023, officials said.");

    private static Draft draft(EventType type, Sentence sentence, List<String> countries, String... minerals) {
        Draft d = new Draft();
        d.type = type;
        d.sentence = sentence;
        d.rule = type.id() + ": test";
        d.countries.addAll(countries);
        d.minerals.addAll(List.of(minerals));
        return d;
    }

    @Test
    void aHeadlineAndTheBodyTellingOneMeasureMergeIntoTheBodysTelling() {
        Draft headline = draft(EventType.EXPORT_CONTROL, HEADLINE, List.of("CN"), "gallium", "germanium");
        Draft body = draft(EventType.EXPORT_CONTROL, BODY, List.of("CN"), "gallium");
        body.date = LocalDate.parse("2025-03-03");
        body.clause = BODY.text();

        List<Draft> merged = Coreference.merge(List.of(headline, body), GAZETTEER);

        assertThat(merged).containsExactly(headline);
        assertThat(headline.sentence).isEqualTo(BODY);
        assertThat(headline.clause).isEqualTo(BODY.text());
        assertThat(headline.minerals).containsExactly("gallium", "germanium");
        assertThat(headline.date).isEqualTo(LocalDate.parse("2025-03-03"));
        assertThat(headline.absorbed).isFalse();
    }

    @Test
    void measuresOfOtherYearsOrOtherMineralsStayApart() {
        Draft now = draft(EventType.EXPORT_CONTROL, BODY, List.of("CN"), "gallium");
        now.years.add(2025);
        Draft before = draft(EventType.EXPORT_CONTROL, RECAP, List.of("CN"), "gallium");
        before.years.add(2023);
        assertThat(Coreference.merge(List.of(now, before), GAZETTEER)).containsExactly(now, before);

        Draft gallium = draft(EventType.EXPORT_CONTROL, HEADLINE, List.of("CN"), "gallium");
        Draft antimony = draft(EventType.EXPORT_CONTROL, BODY, List.of("CN"), "antimony");
        assertThat(Coreference.mineralsAgree(gallium, antimony)).isFalse();
        assertThat(Coreference.merge(List.of(gallium, antimony), GAZETTEER)).containsExactly(gallium, antimony);
    }

    /** @return China's control of bismuth told in the sentence, in the words of its clause */
    private static Draft bismuth(Sentence sentence, String clause) {
        Draft d = draft(EventType.EXPORT_CONTROL, sentence, List.of("CN"), "bismuth");
        d.clause = clause;
        return d;
    }

    @Test
    void twoTellingsOfOneIssuersMeasuresStayApartWhenTheirMonthsOrInstrumentsDiffer() {
        // round 23c: "the controls" with its own month is another measure than the one of another month; a numbered
        // instrument of another number is another measure
        Sentence april = new Sentence(1, 0, 60, "In April Beijing put bismuth under export licensing.");
        Sentence october = new Sentence(3, 200, 260, "In October the ministry extended the controls on bismuth.");
        Draft first = bismuth(april, april.text());
        Draft second = bismuth(october, october.text());
        assertThat(Coreference.toldApart(first, second)).isTrue();
        assertThat(Coreference.merge(List.of(first, second), GAZETTEER)).containsExactly(first, second);
        assertThat(Coreference.toldApart(
                        bismuth(april, "Announcement No. 46 set the licences"),
                        bismuth(october, "the controls in Announcement No. 68")))
                .isTrue();
    }

    @Test
    void restatementsThatAgreeOnTheirMonthOrNameNoneStillMerge() {
        Sentence lead = new Sentence(1, 0, 60, "On 3 May Beijing put bismuth under export licensing.");
        Sentence recap = new Sentence(3, 200, 260, "The May curbs hit bismuth buyers, the ban lasting until June.");
        Draft first = bismuth(lead, lead.text());
        first.date = LocalDate.parse("2024-05-03");
        Draft again = bismuth(recap, recap.text());
        // "until June" is a schedule, not the measure's time; May is shared
        assertThat(Coreference.months(again.clause)).containsExactly("may");
        assertThat(Coreference.toldApart(first, again)).isFalse();
        assertThat(Coreference.merge(List.of(first, again), GAZETTEER)).containsExactly(first);
        // the verb "may" is no month
        assertThat(Coreference.months("exporters may ship bismuth")).isEmpty();
    }

    @Test
    void dealsAgreeOnMineralsWhenOneIsGenericAndAreApartWhenToldOfOtherYears() {
        Draft generic = draft(EventType.AGREEMENT, BODY, List.of("US", "AU"), "critical minerals");
        Draft lithium = draft(EventType.AGREEMENT, RECAP, List.of("US", "AU"), "lithium");
        assertThat(Coreference.mineralsAgree(generic, lithium)).isTrue();
        assertThat(Coreference.toldOfOtherYears(generic, lithium)).isFalse();

        generic.date = LocalDate.parse("2025-10-20");
        lithium.years.add(2023);
        assertThat(Coreference.toldOfOtherYears(generic, lithium)).isTrue();
        assertThat(Coreference.merge(List.of(generic, lithium), GAZETTEER)).containsExactly(generic, lithium);
    }

    @Test
    void anAgreementOfThreeCountriesBesideTwoOfItsPairsIsTheirSummary() {
        Draft all = draft(EventType.AGREEMENT, BODY, List.of("US", "JP", "AU"), "rare earths");
        Draft japan = draft(EventType.AGREEMENT, RECAP, List.of("US", "JP"), "rare earths");
        Draft australia = draft(
                EventType.AGREEMENT,
                new Sentence(3, 171, 230, "Washington also signed a framework with Canberra on Monday."),
                List.of("US", "AU"),
                "rare earths");

        assertThat(Coreference.merge(List.of(all, japan, australia), GAZETTEER)).containsExactly(japan, australia);
        assertThat(Coreference.merge(List.of(all, japan), GAZETTEER)).containsExactly(all, japan);
    }

    @Test
    void aTitlesFrameGivesWayToTheBodyAndStandsAlone() {
        Draft title = draft(EventType.EXPORT_CONTROL, HEADLINE, List.of("CN"), "gallium");
        Draft body = draft(EventType.TARIFF, BODY, List.of("US"), "gallium");

        assertThat(Coreference.titles(List.of(title, body))).containsExactly(body);
        assertThat(Coreference.titles(List.of(title))).containsExactly(title);
    }
}
