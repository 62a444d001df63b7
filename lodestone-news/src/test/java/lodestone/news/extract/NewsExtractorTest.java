package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** The extraction rules one at a time, on sentences written for the purpose. */
class NewsExtractorTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static Extraction extract(String text, String published) {
        return EXTRACTOR.extract(new Article(
                "t.txt", "t.txt", text, Optional.ofNullable(published).map(LocalDate::parse), Optional.empty()));
    }

    private static List<Mention> mentions(Extraction x, MentionKind kind) {
        return x.mentions().stream().filter(m -> m.kind() == kind).toList();
    }

    @Test
    void moneyIsReadWithCurrencyMultiplierAndQualifier() {
        Extraction x = extract(
                "They pledged up to $400 million, US$1 billion each, A$1bn and an $8.5 billion pipeline.", null);
        assertThat(mentions(x, MentionKind.MONEY))
                .extracting(Mention::key)
                .containsExactly(
                        "USD 400000000 up-to",
                        "USD 1000000000 exact-each",
                        "AUD 1000000000 exact",
                        "USD 8500000000 exact");
    }

    @Test
    void countriesComeFromNamesDemonymsPossessivesAndCapitals() {
        Extraction x =
                extract("Australian miners and Kazakhstan's state firm met officials from Beijing and the U.S.", null);
        assertThat(mentions(x, MentionKind.COUNTRY)).extracting(Mention::key).containsExactly("AU", "KZ", "CN", "US");
    }

    @Test
    void aCountryInsideAnOrganisationNameIsTheOrganisation() {
        Extraction x = extract("The U.S. Geological Survey published data.", null);
        assertThat(mentions(x, MentionKind.ORGANISATION))
                .extracting(Mention::key)
                .containsExactly("us-usgs");
        assertThat(mentions(x, MentionKind.COUNTRY)).isEmpty();
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDateAndTheLastDate() {
        Extraction x = extract(
                "The deal was signed yesterday. A framework was signed last Tuesday. Two days earlier, talks ended."
                        + " On November 6 a summit met.",
                "2025-11-03");
        assertThat(mentions(x, MentionKind.DATE))
                .extracting(Mention::key)
                .containsExactly("2025-11-02", "2025-10-28", "2025-10-26", "2025-11-06");
    }

    @Test
    void aDayWithoutAYearTakesTheYearToldEarlierInItsSentenceAndADeadlineAnchorsNoLaterDay() {
        Extraction x = extract(
                "Last year, China put gallium under export control from August 1. In October 2023 the ministry"
                        + " announced licences for graphite, which took effect on 1 December. Exporters had to apply"
                        + " from 1 August that year. The pause runs until 10 November 2026. Two days later, talks"
                        + " ended. On March 3 a summit met.",
                "2024-06-01");
        assertThat(mentions(x, MentionKind.DATE))
                .extracting(Mention::key)
                .containsExactly("2023-08-01", "2023-12-01", "", "2026-11-10", "2023-12-03", "2024-03-03");
    }

    @Test
    void monthsAloneAreNotDays() {
        Extraction x = extract("Kinshasa suspended cobalt exports in February.", "2025-09-22");
        assertThat(x.events())
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEmpty());
    }

    @Test
    void withoutPublicationDateRelativeDatesStayUnresolved() {
        Extraction x = extract("China on Friday suspended its export controls on gallium.", null);
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL_SUSPENSION);
            assertThat(e.date()).isEmpty();
        });
    }

    @Test
    void hedgedExportControlsAreNotEvents() {
        Extraction x = extract(
                "The US must stay resilient in the face of potential Chinese export controls on rare earths.", null);
        assertThat(x.events()).isEmpty();
    }

    @Test
    void theMonthMayIsNotTheHedgeMay() {
        // the modal verb hedges what follows it; the month, capitalised, does not
        Extraction dated = extract("On 4 May 2023, China imposed export controls on gallium and germanium.", null);
        assertThat(dated.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL);
            assertThat(e.parties()).containsExactly("CN");
        });
        assertThat(extract("China may impose export controls on gallium and germanium.", null)
                        .events())
                .isEmpty();
        // nor is it the state act's conditional
        assertThat(StateActs.find("In May China requested consultations at the WTO over the antimony duties."))
                .isPresent();
        assertThat(StateActs.find("China may request consultations at the WTO over the antimony duties."))
                .isEmpty();
    }

    /** @return the one event extracted from a sentence, after checking its type and parties */
    private static Event onlyEvent(String sentence, EventType type, String... parties) {
        List<Event> events = extract(sentence, null).events();
        assertThat(events).as("events of %s", sentence).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(type);
        assertThat(events.get(0).parties()).containsExactly(parties);
        return events.get(0);
    }

    /** Checks that a sentence yields no event. */
    private static void noEvent(String sentence) {
        assertThat(extract(sentence, null).events())
                .as("events of %s", sentence)
                .isEmpty();
    }

    @Test
    void aStrategyReleasedOrRulesFinalisedAreActions() {
        // round 24b: "release" and "finalise" make a state's instrument public, as "publish" and "unveil" do
        assertThat(onlyEvent(
                                "Canberra's resources minister released the national Critical Minerals Strategy on"
                                        + " Tuesday.",
                                EventType.OTHER,
                                "AU")
                        .minerals())
                .containsExactly("critical minerals");
        onlyEvent(
                "The US Treasury finalised its rules on the critical minerals requirement of the clean vehicle credit on"
                        + " Friday.",
                EventType.OTHER,
                "US");
        // a report released names no instrument; a law still being finalised is not yet an act
        noEvent("The miner released its quarterly production report for lithium on Tuesday.");
        noEvent("The bloc is finalising its Critical Raw Materials Act, which names 34 critical raw materials.");
    }

    @Test
    void aBatchOfQuotasIssuedIsAnActionAndNoBatchIsNone() {
        // round 24b: production quotas are allotted in batches; a batch of them issued is the quota act
        assertThat(onlyEvent(
                                "China's industry ministry issued the first batch of total amount control indicators"
                                        + " for rare earth mining on Friday.",
                                EventType.OTHER,
                                "CN")
                        .minerals())
                .containsExactly("rare earths");
        // "no" before the object: nothing was issued or approved
        noEvent("China's industry ministry has issued no new batch of control indicators for rare earth mining this"
                + " year.");
        noEvent("China's cabinet approved no new scheme for rare earth magnets this year.");
    }

    @Test
    void exportsHaltedOrForbiddenWithTheGoodsBetweenAreAControl() {
        // round 24b: a verb of stopping or forbidding whose object is exports, with the goods named between them
        assertThat(onlyEvent(
                                "Indonesia halted nickel ore exports at the start of 2020.",
                                EventType.EXPORT_CONTROL,
                                "ID")
                        .minerals())
                .containsExactly("nickel");
        onlyEvent(
                "The halt of nickel ore exports by Indonesia in January 2020 drew Chinese smelters to the country.",
                EventType.EXPORT_CONTROL,
                "ID");
        assertThat(onlyEvent(
                                "Beijing has forbidden the export of its rare earth processing technology since December"
                                        + " 2023.",
                                EventType.EXPORT_CONTROL,
                                "CN")
                        .rule())
                .startsWith("export control: forbidden");
        // a halt of anything but exports is no control
        noEvent("Indonesia halted work at two nickel smelters at the start of 2020.");
    }

    @Test
    void aSupplyCommitmentWithoutTheWordOfftakeIsAnOfftake() {
        // round 24c: a deal whose purpose is a delivery, a committed tonnage or share of output, a long-term deal for a
        // product
        for (String s : List.of(
                "Zinnwald Metals signed a binding contract to deliver lithium hydroxide to Renault from its Saxony plant.",
                "Nordic Cobalt will supply up to 40 percent of its refinery's output to Volvo over six years.",
                "Kivu Copper said on Monday that it will ship 50,000 tonnes of copper cathode to buyers in Japan.",
                "Andes Lithium agreed a long-term deal for battery-grade lithium carbonate with Hyundai.")) {
            assertThat(extract(s, null).events())
                    .as(s)
                    .singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.OFFTAKE));
        }
        // a quota allowed, a plant's throughput and a share of the world are no commitment to a buyer
        for (String s : List.of(
                "Analysts expect that China will supply 90 percent of the world gallium output of the year.",
                "The producer said the plant would process 20,000 tonnes of spodumene a year.")) {
            assertThat(extract(s, null).events()).as(s).isEmpty();
        }
        assertThat(extract("Miners will be allowed to ship up to 20,000 tonnes of cobalt this year.", null)
                        .events())
                .noneMatch(e -> e.type() == EventType.OFFTAKE);
    }

    @Test
    void aCompanyToldByWhereItIsBasedIsTheCompanyToldBefore() {
        // round 24c: "the Toronto-based miner" refers back as "the miner" does
        Extraction x = extract(
                "Volvo lines up cobalt.\n\nVolvo named Boreal Cobalt as its first supplier. The Toronto-based miner"
                        + " will supply 4,000 tonnes of cobalt sulphate a year from 2027.",
                null);
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.OFFTAKE);
            assertThat(e.parties()).contains("Boreal Cobalt");
        });
    }

    @Test
    void aStakeTakenForAnAmountOrABanOnSalesIsNoOfftake() {
        // round 24c: "take" with a stake worth an amount buys shares; "sales to" after a ban names what the ban stops
        assertThat(extract("The Energy Department agreed to take a $50 million equity stake in Boreal Cobalt.", null)
                        .events())
                .extracting(Event::type)
                .containsExactly(EventType.INVESTMENT);
        assertThat(extract("Beijing lifted its ban on gallium sales to the United States until November.", null)
                        .events())
                .extracting(Event::type)
                .containsExactly(EventType.EXPORT_CONTROL_SUSPENSION);
    }

    @Test
    void anAwardToANamedRecipientIsAnInvestment() {
        // round 24c: the recipient told before the amount, an award won, amounts listed with their recipients
        assertThat(extract(
                                "The Pentagon awarded Tungsten West $12 million to restart its Hemerdon tungsten mine.",
                                null)
                        .events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.INVESTMENT);
                    assertThat(e.amountUsd()).contains(12e6);
                });
        assertThat(extract(
                                "Ontario Graphite won a $9 million grant from the Energy Department for its anode plant.",
                                null)
                        .events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.INVESTMENT);
                    assertThat(e.parties()).contains("US", "Ontario Graphite");
                });
        assertThat(extract(
                                "The department listed its awards: $14 million to Borealis Mining for a flake graphite"
                                        + " mine, and $7 million to Boreal Cobalt for a refinery.",
                                null)
                        .events())
                .extracting(e -> e.parties().get(0), e -> e.amountUsd().orElse(null))
                .containsExactly(tuple("Borealis Mining", 14e6), tuple("Boreal Cobalt", 7e6));
        // an award of a supply contract is the offtake, not an investment beside it
        assertThat(extract(
                                "The Defense Logistics Agency awarded Boreal Cobalt a contract worth up to $80 million to"
                                        + " supply cobalt metal to the National Defense Stockpile.",
                                null)
                        .events())
                .extracting(Event::type)
                .containsExactly(EventType.OFFTAKE);
    }

    @Test
    void aSignedFrameworkIsAnAgreementWithItsQuotedTitleAndAmount() {
        Extraction x = extract(
                "The United States and Australia signed the \"United States-Australia Framework for Securing of Supply"
                        + " in the Mining and Processing of Critical Minerals and Rare Earths\" on Monday, backing an $8.5"
                        + " billion pipeline.",
                "2025-10-21");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
            assertThat(e.parties()).containsExactly("US", "AU");
            assertThat(e.minerals()).containsExactly("critical minerals", "rare earths");
            assertThat(e.amountUsd()).contains(8.5e9);
            assertThat(e.date()).contains(LocalDate.of(2025, 10, 20));
            assertThat(e.title())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("United States-Australia Framework"));
        });
    }

    @Test
    void memorandumsWithSeveralPartnersAreOneAgreementEach() {
        Extraction x = extract(
                "On Sunday, Washington signed memorandums of understanding on critical minerals with Malaysia and"
                        + " Thailand.",
                "2025-10-27");
        assertThat(x.events()).extracting(Event::parties).containsExactly(List.of("US", "MY"), List.of("US", "TH"));
    }

    @Test
    void anUndatedBackgroundListOfCounterpartsIsOneAgreementWithAllParties() {
        // the labelling guideline: "frameworks with Australia, Japan, Malaysia and Thailand" told in passing is one
        // event
        Extraction x = extract(
                "Washington has signed critical minerals frameworks with Australia, Japan, Malaysia and Thailand in"
                        + " recent weeks.",
                null);
        assertThat(x.events()).extracting(Event::parties).containsExactly(List.of("US", "AU", "JP", "MY", "TH"));
    }

    @Test
    void questionsExamplesAndNegationsAssertNoAction() {
        assertThat(extract("Does the minerals plan include a price floor for rare earths set by Canada?", null)
                        .events())
                .isEmpty();
        assertThat(extract(
                                "Canberra said nickel projects can apply for loans from the $4 billion Critical"
                                        + " Minerals Facility.",
                                null)
                        .events())
                .isEmpty();
        assertThat(extract(
                                "What the UK strategy does not do is commit to buying rare earths from Australian"
                                        + " miners.",
                                null)
                        .events())
                .isEmpty();
        assertThat(extract(
                                "Supporters of US lithium want policy tools such as price floors or government"
                                        + " offtake.",
                                null)
                        .events())
                .isEmpty();
    }

    @Test
    void internationalBodiesAreFoundAndReportedByTheirShortForm() {
        Extraction x = extract("The leaders of the G7 signed an action plan on rare earths on Tuesday.", "2025-06-18");
        assertThat(x.events()).extracting(Event::parties).containsExactly(List.of("G7"));
        Extraction full = extract("The Group of Seven adopted an action plan on rare earths on Tuesday.", "2025-06-18");
        assertThat(full.events()).extracting(Event::parties).containsExactly(List.of("G7"));
    }

    @Test
    void whereACompanySitsIsNoPartOfItsName() {
        Extraction x = extract(
                "Pakistan signed a memorandum on antimony with Missouri-based US Strategic Metals on Monday.",
                "2025-09-09");
        assertThat(x.events()).extracting(Event::parties).containsExactly(List.of("PK", "US Strategic Metals"));
    }

    @Test
    void aReserveFundedWithMoneyIsOneOtherActionNotAnInvestment() {
        Extraction x = extract(
                "Canberra will set up a critical minerals strategic reserve with A$1.2 billion of initial funding.",
                null);
        assertThat(x.events()).extracting(Event::type).containsExactly(EventType.OTHER);
    }

    @Test
    void aDealThatExcludesMineralsIsOutOfScope() {
        Extraction x = extract(
                "Vietnam and US announced a framework for a trade agreement, but it is not covering critical minerals.",
                null);
        assertThat(x.events()).isEmpty();
    }

    @Test
    void moneyFormsOfThePressAreRead() {
        Extraction x = extract(
                "Apple committed $500-million, Canberra A$1bn, the fund $1-2 billion and Tokyo 3 billion yen.", null);
        assertThat(mentions(x, MentionKind.MONEY))
                .extracting(Mention::key)
                .containsExactly(
                        "USD 500000000 exact", "AUD 1000000000 exact", "USD 2000000000 exact", "JPY 3000000000 exact");
    }

    @Test
    void sharesInWordsAndSharesOfGlobalSupplyWithoutTheWordWorld() {
        Extraction x = extract(
                "Congo mines about two-thirds of the world's cobalt. China processes about 90% of rare earths.", null);
        assertThat(x.claims())
                .extracting(c -> c.country() + " " + c.mineral() + " " + c.stage() + " " + c.sharePct())
                .containsExactly("CD cobalt mining 66.7", "CN rare earths processing 90.0");
    }

    @Test
    void theLastItemOfAListAfterAnOxfordCommaStaysInTheEvent() {
        Extraction x = extract("China banned exports of gallium, germanium, and antimony to the United States.", null);
        assertThat(x.events())
                .singleElement()
                .satisfies(e -> assertThat(e.minerals()).containsExactly("gallium", "germanium", "antimony"));
    }

    @Test
    void aParticipleClauseDescribesTheMeasureBeforeItAndIsNoSecondMeasure() {
        Extraction x = extract(
                "China's Ministry of Commerce announced new export controls on gallium and germanium on Friday,"
                        + " requiring licences for all shipments to the United States.",
                "2023-07-03");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL);
            assertThat(e.parties()).contains("CN");
            assertThat(e.minerals()).containsExactly("gallium", "germanium");
            assertThat(e.date()).contains(LocalDate.of(2023, 6, 30));
        });
    }

    @Test
    void aFiniteVerbOrAMineralOfItsOwnStillStartsASecondMeasure() {
        Extraction finite = extract(
                "China banned exports of gallium to the United States, required licences for graphite and barred"
                        + " antimony shipments.",
                null);
        assertThat(finite.events())
                .extracting(Event::minerals)
                .containsExactly(List.of("gallium"), List.of("graphite"), List.of("antimony"));
        Extraction participle =
                extract("China banned exports of gallium to the United States, requiring licences for graphite.", null);
        assertThat(participle.events())
                .extracting(Event::minerals)
                .containsExactly(List.of("gallium"), List.of("graphite"));
    }

    @Test
    void aWeekdayAfterAReportingVerbIsResolvedAgainstThePublicationDate() {
        Extraction x =
                extract("China said Tuesday it would ban exports of gallium to the United States.", "2024-12-04");
        assertThat(x.events())
                .singleElement()
                .satisfies(e -> assertThat(e.date()).contains(LocalDate.of(2024, 12, 3)));
    }

    @Test
    void chipControlsAndFentanylTariffsAreOutOfScope() {
        Extraction x = extract(
                "Washington expanded export controls on advanced chips. It also raised a fentanyl-related tariff on"
                        + " Chinese goods to 20%.",
                "2025-03-04");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void sharesOfTheWorldAreClaimsWithStageAndMineral() {
        Extraction x = extract(
                "China's control, producing 70% of the world's rare earth mining output and 90% of processed products,"
                        + " is leverage. Congo mined 220,000 tonnes of cobalt, or 76% of the world total. Indonesia"
                        + " supplied around 10%.",
                null);
        assertThat(x.claims())
                .extracting(c -> c.country() + " " + c.mineral() + " " + c.stage() + " " + c.sharePct())
                .containsExactly(
                        "CN rare earths mining 70.0",
                        "CN rare earths processing 90.0",
                        "CD cobalt mining 76.0",
                        "ID cobalt mining 10.0");
    }

    @Test
    void projectSharesTariffsAndStakesAreNotClaims() {
        Extraction x = extract(
                "Washington will take a stake in the project, which could supply up to 10% of the world's gallium."
                        + " A tariff on Chinese goods was cut to 10% from 20%. Cove will hold 70% of the venture.",
                null);
        assertThat(x.claims()).isEmpty();
    }

    @Test
    void aPronounSubjectTakesTheCountryOfTheSentenceBefore() {
        Extraction x = extract(
                "China's grip remains formidable. It accounted for about 69% of global rare-earth mine output last year.",
                "2025-11-08");
        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.country()).isEqualTo("CN");
            assertThat(c.stage()).isEqualTo("mining");
            assertThat(c.year()).contains(2024);
        });
    }

    @Test
    void theSchemaHasTheFieldsOfTheGoldFile() {
        Extraction x = extract("The US and Uzbekistan have pledged to invest up to $400 million in rare earths.", null);
        assertThat(x.toSchema()).containsOnlyKeys("file", "events", "claims");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> events =
                (List<java.util.Map<String, Object>>) x.toSchema().get("events");
        assertThat(events.get(0))
                .containsOnlyKeys("type", "parties", "minerals", "amount_usd", "date", "evidence")
                .containsEntry("type", "investment")
                .containsEntry("amount_usd", 400_000_000L);
    }

    @Test
    void theSameTextGivesTheSameOutput() {
        String text = "China on Friday suspended the export controls on rare earths it unveiled in October.";
        assertThat(extract(text, "2025-11-08").toSchema())
                .isEqualTo(extract(text, "2025-11-08").toSchema());
    }

    private static Article article(String text) {
        return new Article("t.txt", "t.txt", text, Optional.of(LocalDate.of(2025, 11, 8)), Optional.empty());
    }

    @Test
    void anArticleOverTheCharacterLimitStopsBeforeAnyWorkNamingTheLimit() {
        LimitExceededException e = catchThrowableOfType(
                LimitExceededException.class,
                () -> EXTRACTOR.extract(
                        article("China banned gallium exports."), ExtractionLimits.DEFAULT.withMaxChars(10)));
        assertThat(e.limit()).isEqualTo(LimitExceededException.Limit.CHARS);
        assertThat(e.stage()).isEqualTo("input");
        assertThat(e.getMessage()).contains("t.txt", "29 characters", "limit of 10", "Maybe");
    }

    @Test
    void theTimeLimitStopsTheWorkAndSaysInWhichStage() {
        LimitExceededException e = catchThrowableOfType(
                LimitExceededException.class,
                () -> EXTRACTOR.extract(
                        article("China banned gallium exports."),
                        ExtractionLimits.DEFAULT.withTimeLimit(Duration.ofNanos(1))));
        assertThat(e.limit()).isEqualTo(LimitExceededException.Limit.TIME);
        assertThat(e.getMessage()).contains("stage '" + e.stage() + "'", "time limit");
    }

    @Test
    void theSentenceLimitStopsTheWork() {
        LimitExceededException e = catchThrowableOfType(
                LimitExceededException.class,
                () -> EXTRACTOR.extract(article("One.\nTwo.\nThree."), ExtractionLimits.DEFAULT.withMaxSentences(2)));
        assertThat(e.limit()).isEqualTo(LimitExceededException.Limit.SENTENCES);
    }

    @Test
    void theClassifierBudgetIsANoticeNotAnError() {
        // two sentences without a trigger, each a candidate for a frame the classifier might add
        Article both =
                article("Japan and Australia discussed rare earth supplies at the meeting.\nChina produced most of"
                        + " the world's gallium, officials in Beijing said.");
        Extraction x = EXTRACTOR.extract(both, ExtractionLimits.DEFAULT.withMaxModelSentences(1));
        assertThat(x.notices()).singleElement().satisfies(n -> assertThat(n).contains("read 1 of 2"));
        assertThat(EXTRACTOR.extract(both).notices()).isEmpty();
        // a sentence whose triggers are all strong is not read: the classifier never overrules a strong trigger
        assertThat(EXTRACTOR
                        .extract(
                                article("China banned exports of gallium to the United States."),
                                ExtractionLimits.DEFAULT.withMaxModelSentences(1))
                        .notices())
                .isEmpty();
    }

    @Test
    void aDatelineWithAYearGivesThePublicationDateWhenNoLineDoes() {
        Article a = lodestone.news.article.ArticleReader.withDefaults()
                .fromText(
                        "d.txt",
                        "d.txt",
                        "China curbs gallium\nBEIJING, July 3, 2023 (Reuters) - China said on Monday it would require"
                                + " licences to export gallium and germanium from August 1.");
        assertThat(a.published()).contains(LocalDate.of(2023, 7, 3));
        assertThat(EXTRACTOR.extract(a).events())
                .singleElement()
                .satisfies(e -> assertThat(e.date()).contains(LocalDate.of(2023, 7, 3)));
    }

    @Test
    void aWireDatelineWithoutAPlaceGivesThePublicationDate() {
        Article a = lodestone.news.article.ArticleReader.withDefaults()
                .fromText(
                        "d.txt",
                        "d.txt",
                        "US takes a stake in a magnet maker\n\nJan 26, 2026 (Reuters) - The Commerce Department said on"
                                + " Monday it will take a 10% stake in USA Rare Earth.");
        assertThat(a.published()).contains(LocalDate.of(2026, 1, 26));
        Article notADateline = lodestone.news.article.ArticleReader.withDefaults()
                .fromText("e.txt", "e.txt", "Jan 26, 2026 was the day the Commerce Department took a stake.");
        assertThat(notADateline.published()).isEmpty();
    }

    @Test
    void anAmountEachPartyProvidesCountsOncePerParty() {
        Extraction x = extract(
                "Australia and the United States signed a framework on critical minerals on Monday. Under it,"
                        + " Australia and the United States will each provide at least US$1 billion in financing to"
                        + " rare earth projects.",
                "2025-10-21");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.INVESTMENT)
                .singleElement()
                .satisfies(e -> assertThat(e.money())
                        .hasValueSatisfying(m -> assertThat(m.amount()).isEqualTo(2e9)));
    }

    @Test
    void aHeadlineRestatesTheBodyAndTheBodyGivesTheEvidence() {
        Extraction x = extract(
                "Beijing curbs gallium exports again\n\nChina's Ministry of Commerce announced new export controls on"
                        + " gallium and germanium on Friday.",
                "2026-11-28");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.evidence()).startsWith("China's Ministry of Commerce");
            assertThat(e.date()).contains(LocalDate.of(2026, 11, 27));
        });
        Extraction other = extract(
                "China hits back with tariffs and curbs on rare earths\n\nChina imposed export controls on seven rare"
                        + " earths on Friday.",
                "2025-04-05");
        assertThat(other.events()).extracting(Event::type).containsExactly(EventType.EXPORT_CONTROL);
    }

    @Test
    void listItemsUnderABareLeadInTakeTheDayOfTheAnnouncementBeforeIt() {
        Extraction x = extract(
                "MP Materials today announced a partnership with the Department of Defense.\n\nKey elements of the"
                        + " partnership:\n\n- Loan: DoD will provide a $150 million loan to expand rare earth separation"
                        + " at Mountain Pass. The plant is in California.\n- Offtake: DoD has agreed to buy all of the"
                        + " magnets produced at the new rare earth magnet plant for ten years.",
                "2025-07-10");
        assertThat(x.events())
                .filteredOn(e -> e.type() != EventType.AGREEMENT)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).contains(LocalDate.of(2025, 7, 10)));
    }

    @Test
    void listItemsUnderAHeadingTakeTheDayAndMineralsOfTheLeadIn() {
        // "Highlights" is a heading with no day of its own: the items are components of the dated announcement before
        // it, and a component that names no mineral is about the lead-in's
        Extraction x = extract(
                "OTTAWA, March 3, 2026 -- Northfield Graphite today announced a financing package for its graphite"
                        + " anode plant.\n\nHighlights\n\n- Export Development Canada will provide a C$40 million loan"
                        + " to Northfield Graphite.\n- The company will also receive a $25 million grant from the"
                        + " Canadian government for the expansion.",
                "2026-03-03");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.INVESTMENT)
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.date()).contains(LocalDate.of(2026, 3, 3));
                    assertThat(e.minerals()).containsExactly("graphite");
                });
    }

    @Test
    void aMeasureToldInPassingByItsTimeIsAnEventOfItsOwn() {
        // a negated suspension ("the pause did not touch") is none; the dated measure it names is a past action
        Extraction x = extract(
                "What the pause did not touch were the April 2025 controls on seven heavy rare earths from China.",
                "2026-10-14");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL);
            assertThat(e.parties()).containsExactly("CN");
            assertThat(e.minerals()).contains("rare earths");
            assertThat(e.date()).isEmpty();
        });
        // a ban on mining told by its time is no export control (it is an `other` action)
        assertThat(extract("Greenland's 2021 ban on uranium mining remains in place.", "2026-10-14")
                        .events())
                .extracting(Event::type)
                .doesNotContain(EventType.EXPORT_CONTROL);
    }

    @Test
    void aMeasureToldBeforeItsSuspensionIsKeptApartFromIt() {
        Extraction x = extract(
                "Beijing banned exports of gallium and germanium to the United States on Dec. 3, 2024, although the"
                        + " ban has been suspended since November.",
                "2026-01-10");
        assertThat(x.events())
                .extracting(Event::type)
                .containsExactlyInAnyOrder(EventType.EXPORT_CONTROL, EventType.EXPORT_CONTROL_SUSPENSION);
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL)
                .singleElement()
                .satisfies(e -> assertThat(e.date()).contains(LocalDate.of(2024, 12, 3)));
    }

    @Test
    void aRelativeClauseAfterAnAgreementsLongTitleTellsItsSigning() {
        Extraction x = extract(
                "The Memorandum of Understanding on cooperation in the field of critical minerals, which was signed"
                        + " between Uzbekistan and the United States on February 4 of this year, covers tungsten.",
                "2026-02-20");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
            assertThat(e.parties()).containsExactlyInAnyOrder("UZ", "US");
            assertThat(e.date()).contains(LocalDate.of(2026, 2, 4));
        });
    }

    @Test
    void aDayWithLastOrThisYearIsPlacedInThatYear() {
        Extraction x = extract(
                "The pause was announced on November 7 last year. The memorandum was signed on February 4 of this"
                        + " year.",
                "2026-10-14");
        assertThat(mentions(x, MentionKind.DATE)).extracting(Mention::key).containsExactly("2025-11-07", "2026-02-04");
    }

    @Test
    void theDayAMeasureExpiresIsNotTheDayOfItsAction() {
        Extraction x =
                extract("China's suspension of its export controls on gallium expires on November 10.", "2026-10-14");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL_SUSPENSION)
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEmpty());
    }

    @Test
    void aGrantTheRecipientReceivesIsAnInvestmentAndAFloatedIdeaIsNoEvent() {
        Extraction x = extract(
                "The US Department of Energy announced funding on Tuesday. A germanium and gallium recovery plant in"
                        + " Tennessee will receive up to $85 million to build the facility. Some officials have"
                        + " floated the idea of a tariff on Chinese rare earth magnets.",
                "2026-03-18");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.INVESTMENT);
            assertThat(e.minerals()).contains("germanium", "gallium");
            assertThat(e.money()).map(Money::surface).hasValue("up to $85 million");
        });
    }

    @Test
    void aPledgeToAnEconomyAndASuspensionsDeadlineAreNoEvents() {
        Extraction x = extract(
                "Tokyo and Washington signed a rare earths framework on Tuesday. Japan will also invest 550 billion"
                        + " dollars into the U.S. economy. Beijing's suspension of its October rare earth controls"
                        + " expires in November.",
                "2025-10-30");
        assertThat(x.events()).extracting(Event::type).containsExactly(EventType.AGREEMENT);
    }

    @Test
    void eachVerbOfTheSubjectGivesItsOwnSharesStage() {
        Extraction x = extract(
                "China produces approximately 98 percent of the world's primary gallium and refines roughly 70 percent"
                        + " of the world's cobalt. China makes about 90% of the world's rare earth magnets and mines"
                        + " roughly 70% of the ore.",
                null);
        assertThat(x.claims())
                .extracting(c -> c.mineral() + " " + c.stage() + " " + c.sharePct())
                .containsExactly(
                        "gallium production 98.0",
                        "cobalt refining 70.0",
                        "rare earths magnets 90.0",
                        "rare earths mining 70.0");
    }

    @Test
    void aShareWhoseSubjectFollowsInThePassiveIsThatCountrys() {
        Extraction x = extract(
                "Nearly two-thirds of the world's lithium chemicals are refined in China, the agency said.", null);
        assertThat(x.claims())
                .extracting(c -> c.country() + " " + c.mineral() + " " + c.stage() + " " + c.sharePct())
                .containsExactly("CN lithium refining 66.7");
    }

    @Test
    void aLaterShareOfAListingSentenceTakesTheStageOfTheFirst() {
        Extraction x = extract(
                "Australia mined about 37% of the world's lithium last year, followed by Chile at around 20% and China"
                        + " at roughly 17%.",
                null);
        assertThat(x.claims())
                .extracting(c -> c.country() + " " + c.stage() + " " + c.sharePct())
                .containsExactly("AU mining 37.0", "CL mining 20.0", "CN mining 17.0");
        Extraction controls =
                extract("China controls about 90% of the world's rare earth refining, and Malaysia about 4%.", null);
        assertThat(controls.claims())
                .extracting(c -> c.country() + " " + c.stage())
                .containsExactly("CN refining", "MY refining");
    }

    @Test
    void aMeasuresExtensionInItsOwnSentenceIsAnActionOfItsOwn() {
        Extraction x = extract(
                "Congo suspended exports of cobalt in February to prop up prices and extended the halt in June.",
                "2025-09-22");
        assertThat(x.events())
                .extracting(Event::type)
                .containsExactly(EventType.EXPORT_CONTROL, EventType.EXPORT_CONTROL);
        Extraction followUp = extract(
                "Congo's halt on cobalt exports was first imposed on February 22 and then extended in June by another"
                        + " three months.",
                "2025-09-22");
        assertThat(followUp.events())
                .extracting(e -> e.type() + " " + e.parties() + " " + e.minerals() + " "
                        + e.date().orElse(null))
                .containsExactly("EXPORT_CONTROL [CD] [cobalt] 2025-02-22", "EXPORT_CONTROL [CD] [cobalt] null");
    }

    @Test
    void europeStandsForTheEuAndCountriesBeforeFactoriesAreNoParties() {
        Extraction europe = extract("Europe's Critical Raw Materials Act entered into force on 23 May 2024.", null);
        assertThat(europe.events())
                .extracting(e -> e.type() + " " + e.parties())
                .containsExactly("OTHER [EU]");
        Extraction x = extract(
                "China controls about 70% of the world's rare earth mining, and last year it used licensing to choke off"
                        + " shipments of magnets to US factories.",
                "2025-06-01");
        assertThat(x.events()).extracting(e -> e.type() + " " + e.parties()).containsExactly("EXPORT_CONTROL [CN]");
    }

    @Test
    void anAttemptAndAFundsPurposeAreNoOfftake() {
        assertThat(extract(
                                "For the first time since 1990, the US military is trying to buy cobalt for the national"
                                        + " stockpile rather than sell it.",
                                null)
                        .events())
                .isEmpty();
        Extraction fund = extract(
                "Canada will set up a C$2-billion Critical Minerals Sovereign Fund to buy equity in mining projects,"
                        + " guarantee loans and sign offtake agreements.",
                null);
        assertThat(fund.events()).extracting(Event::type).containsExactly(EventType.INVESTMENT);
        Extraction signed =
                extract("Lynas signed an offtake agreement with Sojitz to supply rare earths to Japan.", null);
        assertThat(signed.events()).extracting(Event::type).containsExactly(EventType.OFFTAKE);
    }

    @Test
    void aMeasureNamedByItsActorAndDayIsABackgroundExportControl() {
        Extraction x = extract(
                "The controls Beijing imposed on April 4, 2025 on seven medium and heavy rare earths remain in place.",
                "2026-01-10");
        assertThat(x.events())
                .extracting(e -> e.type() + " " + e.parties() + " " + e.date().orElse(null))
                .containsExactly("EXPORT_CONTROL [CN] 2025-04-04");
    }

    @Test
    void aDealToldBeforeAndAnnouncedInAnAppositionIsNoNewAgreement() {
        Extraction x = extract(
                "The US Defense Department agreed to buy $400 million of preferred stock in MP Materials. The deal,"
                        + " announced by the company on Thursday, also guarantees MP a minimum price of $110 per kilogram"
                        + " for the neodymium-praseodymium oxide.",
                "2025-07-11");
        assertThat(x.events()).extracting(Event::type).containsExactly(EventType.INVESTMENT, EventType.OTHER);
    }

    @Test
    void aProgrammeNamedForCriticalMineralsFundsTheProjectsMineral() {
        Extraction x = extract(
                "Iluka is building Australia's first rare earths refinery at Eneabba. The project is funded principally"
                        + " through the A$1.65 billion non-recourse loan provided by the Australian Government under its"
                        + " Critical Minerals Facility.",
                null);
        assertThat(x.events())
                .singleElement()
                .satisfies(e -> assertThat(e.minerals()).containsExactly("rare earths"));
    }

    @Test
    void anotherActorsStakeInATrailingWithClauseIsAnInvestmentOfItsOwn() {
        Extraction x = extract(
                "Australia announced support for three projects on Monday. Canberra will provide a US$200 million loan"
                        + " to Alcoa's gallium plant, with the United States also taking an equity stake in it.",
                null);
        assertThat(x.events())
                .extracting(e -> e.type() + " " + e.parties())
                .containsExactly("INVESTMENT [AU, US, Alcoa]", "INVESTMENT [US]");
    }

    @Test
    void companiesOftenInTheNewsAreFoundWithoutACorporateWord() {
        Extraction x = extract(
                "General Motors invested $625 million in Lithium Americas, and Sibanye-Stillwater sells palladium.",
                null);
        assertThat(mentions(x, MentionKind.ORGANISATION))
                .extracting(Mention::key)
                .containsExactly("us-general-motors", "us-lithium-americas", "za-sibanye-stillwater");
    }

    @Test
    void aShareOfToldBeforeItsFigureAndCloseToAreClaims() {
        Extraction x = extract(
                "China makes 98% of the world's refined gallium, while its share of refined germanium is close to 60%."
                        + " Russia mines close to 40% of the world's palladium.",
                null);
        assertThat(x.claims())
                .extracting(c -> c.country() + " " + c.mineral() + " " + c.stage() + " " + c.sharePct())
                .containsExactly("CN gallium refining 98.0", "CN germanium refining 60.0", "RU palladium mining 40.0");
    }
}
