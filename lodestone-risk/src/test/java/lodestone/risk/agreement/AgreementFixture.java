package lodestone.risk.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.AgreementKind;
import lodestone.model.agreement.Capacity;
import lodestone.model.agreement.Clauses;
import lodestone.model.agreement.Commitment;
import lodestone.model.agreement.Estimate;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.MoneyPurpose;
import lodestone.model.agreement.MoneyQualifier;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.Project;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.Countries;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.testkit.KnowledgeFixture;

/**
 * Worked-example fixtures for agreements, projects and a small snapshot:
 * {@code AgreementFixture.agreement("us-au").money(atLeast(1e9, COMMITMENT, "each government")).build()}.
 */
final class AgreementFixture {
    static final SourceId SOURCE = KnowledgeFixture.SOURCE;
    static final MineralId GALLIUM = MineralId.of("gallium");
    static final MineralId SCANDIUM = MineralId.of("scandium");
    static final MineralId NEODYMIUM = MineralId.of("neodymium");
    static final LocalDate SIGNED = LocalDate.of(2025, 10, 20);

    /** World primary gallium 2024 (processing, contained): W = 760 t, China 750 t, as USGS MCS 2025 Table 5. */
    static final double WORLD_GALLIUM = 760;

    static final double CHINA_GALLIUM = 750;

    private AgreementFixture() {}

    // ---------------------------------------------------------------- money, commitments, clauses

    static Money money(double amount, MoneyQualifier qualifier, MoneyPurpose purpose, String payer, String source) {
        return new Money(amount, "USD", qualifier, purpose, payer, false, Optional.of(SourceId.of(source)), "");
    }

    static Money money(double amount, MoneyQualifier qualifier, MoneyPurpose purpose) {
        return money(amount, qualifier, purpose, "a government", SOURCE.value());
    }

    static Money pressOnly(double amount, MoneyQualifier qualifier, MoneyPurpose purpose, String payer) {
        return new Money(amount, "USD", qualifier, purpose, payer, true, Optional.empty(), "");
    }

    static Commitment commitment(String text) {
        return new Commitment(text, Optional.empty(), SOURCE);
    }

    static Commitment commitment(String text, LocalDate deadline) {
        return new Commitment(text, Optional.of(deadline), SOURCE);
    }

    /** @return clauses; a null argument means the text says nothing */
    static Clauses clauses(String priceMechanism, String review, String enforcement, String reporting) {
        return new Clauses(
                Optional.ofNullable(priceMechanism),
                Optional.ofNullable(review),
                Optional.ofNullable(enforcement),
                Optional.ofNullable(reporting));
    }

    static AgreementBuilder agreement(String id) {
        return new AgreementBuilder(id);
    }

    static final class AgreementBuilder {
        private final String id;
        private final List<Money> money = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<String> projects = new ArrayList<>();
        private Clauses clauses = Clauses.NONE;

        private AgreementBuilder(String id) {
            this.id = id;
        }

        AgreementBuilder money(Money... amounts) {
            money.addAll(List.of(amounts));
            return this;
        }

        AgreementBuilder commitment(Commitment... items) {
            commitments.addAll(List.of(items));
            return this;
        }

        AgreementBuilder projects(String... ids) {
            projects.addAll(List.of(ids));
            return this;
        }

        AgreementBuilder clauses(Clauses value) {
            clauses = value;
            return this;
        }

        Agreement build() {
            return new Agreement(
                    id,
                    "Test agreement " + id,
                    List.of(),
                    AgreementKind.FRAMEWORK,
                    List.of(
                            new Party(Optional.of(CountryCode.of("US")), Optional.empty()),
                            new Party(Optional.of(CountryCode.of("AU")), Optional.empty())),
                    List.of(GALLIUM),
                    SIGNED,
                    "Washington, DC",
                    money,
                    commitments,
                    clauses,
                    projects,
                    List.of(SOURCE),
                    "");
        }
    }

    // ---------------------------------------------------------------- projects

    static ProjectBuilder project(String id) {
        return new ProjectBuilder(id);
    }

    static final class ProjectBuilder {
        private final String id;
        private Stage stage = Stage.PROCESSING;
        private Optional<Capacity> capacity = Optional.empty();
        private Optional<Estimate> startYear = Optional.empty();
        private Optional<Estimate> rampUpYears = Optional.empty();
        private Optional<Estimate> probability = Optional.empty();

        private ProjectBuilder(String id) {
            this.id = id;
        }

        ProjectBuilder stage(Stage value) {
            stage = value;
            return this;
        }

        /** Gallium capacity, contained basis. */
        ProjectBuilder capacity(double tonnesPerYear) {
            return capacity(tonnesPerYear, GALLIUM, Basis.CONTAINED);
        }

        ProjectBuilder capacity(double tonnesPerYear, MineralId mineral, Basis basis) {
            capacity = Optional.of(new Capacity(tonnesPerYear, mineral, basis, mineral + " metal", SOURCE));
            return this;
        }

        /** A sourced start year. */
        ProjectBuilder start(double year) {
            startYear = Optional.of(Estimate.sourced(year, SOURCE, "company target"));
            return this;
        }

        /** An assumed ramp-up. */
        ProjectBuilder ramp(double years) {
            rampUpYears = Optional.of(Estimate.assumed(years, "typical for a plant of this kind"));
            return this;
        }

        /** An assumed probability of delivery. */
        ProjectBuilder probability(double p) {
            probability = Optional.of(Estimate.assumed(p, "non-binding arrangements, FID pending"));
            return this;
        }

        Project build() {
            return new Project(
                    id,
                    "Project " + id,
                    CountryCode.of("AU"),
                    "Operator of " + id,
                    capacity.map(c -> List.of(c.mineral())).orElse(List.of(GALLIUM)),
                    stage,
                    capacity,
                    startYear,
                    rampUpYears,
                    probability,
                    "planned",
                    List.of(),
                    List.of(SOURCE),
                    "");
        }
    }

    /** @return a gallium processing project, full capacity from {@code start}, with probability {@code p} */
    static Project gallium(String id, double p, double tonnesPerYear, int start, double rampUpYears) {
        return project(id)
                .capacity(tonnesPerYear)
                .start(start)
                .ramp(rampUpYears)
                .probability(p)
                .build();
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * A snapshot with primary gallium (processing, contained) for 2023 and 2024, and a scandium series in which
     * China is not a named producer.
     */
    static KnowledgeSnapshot snapshot() {
        List<Observation> observations = new ArrayList<>();
        String gallium = "Primary gallium production";
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2024, Area.country(CountryCode.of("CN")), 750));
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2024, Area.country(CountryCode.of("JP")), 6));
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2024, Area.country(CountryCode.of("RU")), 6));
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2024, Area.world(), WORLD_GALLIUM));
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2023, Area.country(CountryCode.of("CN")), 600));
        observations.add(line(GALLIUM, Stage.PROCESSING, gallium, 2023, Area.world(), 620));
        String scandium = "Scandium oxide production";
        observations.add(line(SCANDIUM, Stage.PROCESSING, scandium, 2024, Area.country(CountryCode.of("PH")), 10));
        observations.add(line(SCANDIUM, Stage.PROCESSING, scandium, 2024, Area.country(CountryCode.of("RU")), 5));
        observations.add(line(SCANDIUM, Stage.PROCESSING, scandium, 2024, Area.otherCountries(), 25));
        observations.add(line(SCANDIUM, Stage.PROCESSING, scandium, 2024, Area.world(), 40));
        MineralCatalogue catalogue = MineralCatalogue.of(List.of(
                mineral(GALLIUM, "Gallium", "Ga"),
                mineral(SCANDIUM, "Scandium", "Sc"),
                mineral(NEODYMIUM, "Neodymium", "Nd")));
        return new KnowledgeSnapshot(
                catalogue,
                Countries.withAliases(Map.of(), Map.of()),
                List.of(),
                List.of(KnowledgeFixture.source()),
                observations);
    }

    private static Mineral mineral(MineralId id, String name, String symbol) {
        return new Mineral(id, name, Optional.of(symbol), Set.of(), List.of(), Set.of());
    }

    private static Observation line(MineralId mineral, Stage stage, String series, int year, Area area, double tonnes) {
        return new Observation(
                mineral,
                Optional.of(stage),
                area,
                Period.year(year),
                Metric.PRODUCTION,
                series,
                Basis.CONTAINED,
                Optional.of(Quantity.of(tonnes, Unit.TONNE)),
                Set.of(),
                Double.toString(tonnes),
                "",
                new Provenance(SOURCE, "test.csv:" + mineral + ":" + year + ":" + area.code(), Method.REPORTED));
    }
}
