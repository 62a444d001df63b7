package lodestone.store.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.MoneyPurpose;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.MeasureStatus;
import lodestone.model.policy.TradeMeasure;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class PolicyRecordsReaderTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final PolicyRecordsReader READER = new PolicyRecordsReader(REFERENCE);

    private static final String SOURCES = """
            sources:
              - {id: s1, publisher: MOFCOM, title: Announcement, url: "https://example.org/a", tier: government}
            """;

    @Test
    void theBundledRecordsLoadAndEveryRecordCitesAKnownSource() {
        PolicyRecords records = READER.bundled();
        assertThat(records.measures()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(records.agreements()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(records.projects()).isNotEmpty();
        assertThat(records.measures()).allSatisfy(m -> assertThat(m.sources()).isNotEmpty());
        assertThat(records.agreements()).allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
    }

    @Test
    void aprilLicensingBindsWhileTheOctoberPackageIsSuspendedThenItsSuspensionEnds() {
        PolicyRecords records = READER.bundled();
        TradeMeasure april = records.measure("cn-ree-medium-heavy-2025").orElseThrow();
        assertThat(april.covers(MineralId.of("dysprosium"))).isTrue();
        assertThat(april.status(LocalDate.parse("2026-11-01")).state()).isEqualTo(MeasureState.IN_FORCE);
        TradeMeasure october = records.measure("cn-ree-medium-heavy-2025-57").orElseThrow();
        assertThat(october.status(LocalDate.parse("2026-11-01")).description())
                .startsWith("suspended since 2025-11-07 until 2026-11-10");
        assertThat(october.status(LocalDate.parse("2026-11-20")).state()).isEqualTo(MeasureState.SUSPENSION_ENDED);
        assertThat(october.status(LocalDate.parse("2026-11-20")).description())
                .isEqualTo("suspension ended 2026-11-10; no later record");
    }

    @Test
    void theDecember2024BanIsSuspendedForClause2OnlyAndTheMilitaryEndUserBanStaysInForce() {
        TradeMeasure ban = READER.bundled().measure("cn-us-dual-use-ban-2024").orElseThrow();
        assertThat(ban.covers(MineralId.of("gallium"))).isTrue();
        assertThat(ban.targets().covers(CountryCode.of("US"))).isTrue();
        assertThat(ban.targets().covers(CountryCode.of("JP"))).isFalse();
        MeasureStatus midYear = ban.status(LocalDate.parse("2026-06-01"));
        assertThat(midYear.state())
                .as("MOFCOM No. 72 of 2025 suspended clause 2, never clause 1 (U.S. military users)")
                .isEqualTo(MeasureState.IN_FORCE);
        assertThat(midYear.parts())
                .filteredOn(part -> part.part().contains("military"))
                .singleElement()
                .satisfies(part -> assertThat(part.state()).isEqualTo(MeasureState.IN_FORCE));
        assertThat(midYear.parts())
                .filteredOn(part -> part.part().contains("clause 2"))
                .hasSize(2)
                .allSatisfy(part -> assertThat(part.state()).isEqualTo(MeasureState.SUSPENDED));
        assertThat(midYear.description()).contains("suspended since 2025-11-09 until 2026-11-27 for:");
        assertThat(ban.status(LocalDate.parse("2026-12-03")).parts())
                .filteredOn(part -> part.part().contains("clause 2"))
                .allSatisfy(part -> assertThat(part.state()).isEqualTo(MeasureState.SUSPENSION_ENDED));
    }

    @Test
    void theUsAustraliaFrameworkRecordsItsOfficialTitleAndFirmCommitment() {
        Agreement framework = READER.bundled().agreement("us-au-framework-2025").orElseThrow();
        assertThat(framework.title()).startsWith("United States-Australia Framework for Securing of Supply");
        assertThat(framework.signed()).isEqualTo(LocalDate.parse("2025-10-20"));
        assertThat(framework.money())
                .anySatisfy(m -> {
                    assertThat(m.amount()).isEqualTo(1e9);
                    assertThat(m.purpose()).isEqualTo(MoneyPurpose.COMMITMENT);
                })
                .anySatisfy(m -> {
                    assertThat(m.amount()).isEqualTo(8.5e9);
                    assertThat(m.purpose()).isEqualTo(MoneyPurpose.PIPELINE);
                });
        assertThat(framework.projects()).contains("arafura-nolans", "alcoa-sojitz-wagerup-gallium");
    }

    @Test
    void pressOnlyFiguresAreMarked() {
        Agreement uzbekistan = READER.bundled().agreement("us-uz-c5plus1-2025").orElseThrow();
        assertThat(uzbekistan.money()).anySatisfy(m -> {
            assertThat(m.amount()).isEqualTo(4e8);
            assertThat(m.pressOnly()).isTrue();
        });
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        PolicyRecordsReader.Result result = READER.read("sources: [\n  - {id: s1\nmeasures: ]", "sources: []");
        assertThat(result.report().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("measures.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("malformed YAML");
        });
        assertThat(result.records().measures()).isEmpty();
    }

    @Test
    void unknownMineralCountryAndOutOfOrderDatesAreRejectedWithRecordAndField() {
        String measures = SOURCES + """
                measures:
                  - id: m1
                    issuer: XX
                    kind: licensing
                    title: A control
                    legal_reference: No. 1
                    minerals: [unobtainium]
                    targets: all
                    events:
                      - {type: announced, date: 2025-04-04, source: s1}
                    sources: [s1]
                  - id: m2
                    issuer: CN
                    kind: ban
                    title: Another
                    legal_reference: No. 2
                    minerals: [gallium]
                    targets: [US]
                    events:
                      - {type: announced, date: 2025-04-04, source: s1}
                      - {type: suspended, date: 2025-01-01, until: 2025-02-01, source: s1}
                    sources: [s1]
                """;
        PolicyRecordsReader.Result result = READER.read(measures, "sources: []");
        assertThat(result.report().errors())
                .extracting(Problem::field, Problem::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("m1.issuer", "XX"),
                        org.assertj.core.groups.Tuple.tuple("m1.minerals", "unobtainium"));
        assertThat(result.report().errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("measures.yaml");
            assertThat(p.field()).isEqualTo("m2.events");
            assertThat(p.message()).contains("before the announcement");
            assertThat(p.line()).isPositive();
        });
        assertThat(result.records().measures()).isEmpty();
    }

    @Test
    void aPartyNamingNeitherCountryNorOrganisationAMalformedDeadlineAndAnUnknownSourceAreReported() {
        String agreements = SOURCES + """
                agreements:
                  - id: a1
                    title: A framework
                    kind: framework
                    parties:
                      - country: US
                      - {note: nobody}
                    minerals: [gallium]
                    signed: 2025-10-20
                    money:
                      - {amount: 1000, currency: USD, qualifier: exact, purpose: commitment, source: s9}
                    commitments:
                      - {text: Meet quarterly, deadline: 2026-13-01, source: s1}
                    sources: [s1]
                """;
        PolicyRecordsReader.Result result = READER.read("sources: []", agreements);
        assertThat(result.report().errors())
                .extracting(Problem::field, Problem::value, Problem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "a1.parties",
                                "{\"note\":\"nobody\"}",
                                "a party needs a known country or an organisation"),
                        org.assertj.core.groups.Tuple.tuple(
                                "a1.money[0].source", "s9", "unknown source; define it under 'sources'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "a1.money[0]",
                                "{\"amount\":1000,\"currency\":\"USD\",\"qualifier\":\"exact\",\"purpose\":\"commitment\","
                                        + "\"source\":\"s9\"}",
                                "an amount of 1000.0 USD without a source must be marked press-only."),
                        org.assertj.core.groups.Tuple.tuple(
                                "a1.commitments[0].deadline", "2026-13-01", "not a date; write YYYY-MM-DD"));
        assertThat(result.records().agreements()).isEmpty();
    }
}
