package lodestone.news.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.AgreementKind;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.Project;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureEvent;
import lodestone.model.policy.MeasureEventType;
import lodestone.model.policy.TradeMeasure;
import lodestone.model.provenance.SourceId;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.EventType;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.Gazetteer;
import lodestone.news.extract.Mention;
import lodestone.news.extract.MentionKind;
import lodestone.news.extract.Sentence;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;

/**
 * Compares an extraction with a knowledge snapshot.
 *
 * <p><b>Claims.</b> The reference values are the country's shares computed by {@link SupplyShareCalculator} for the
 * mineral at the claim's stage (mining; processing for "processing" and "refining"; metal), from the latest period of
 * each series, or from the claim's year (plus or minus one) when it states one. A group without figures of its own
 * ("rare earths" at processing) is compared with the range over its members. A claim is consistent when it lies within
 * {@code tolerance} percentage points of a reference value or of the members' range, conflicting when references exist
 * and none is that close, unverifiable when there is no reference. A claim without a stage ("of global supply") is an
 * ambiguous stage when references exist at more than one stage; the explanation says which stages it fits.
 *
 * <p><b>Events.</b> Agreements, investments, joint ventures and offtakes are matched with curated agreements that share
 * two countries or an organisation (scored by shared parties, amount, kind and date); an agreement between one country
 * and several partners is matched per partner. An event dated apart from its record is that act misdated only when
 * nothing distinguishes them (the instrument, the minerals, a record signed after the article, more than
 * {@value #MISDATING_WINDOW_DAYS} days); otherwise it is another act, not on record. Export controls and suspensions
 * are matched with trade measures of the same issuer and overlapping minerals, and then with the one the article picks
 * out (a day-precise date, then a score over the elements, instrument and target it names, with a margin of
 * {@link #SPECIFICITY_MARGIN}); several that fit alike are {@link MatchKind#CONSISTENT}. List updates are matched with
 * the official critical-mineral lists. The article's title, date (more than {@value #DATE_TOLERANCE_DAYS} days apart),
 * amount (more than 1 % apart) and descriptions of parties are compared with the record.
 *
 * <p><b>Plausibility.</b> Each office holder named ("President Donald Trump", "Prime Minister Takaichi") is checked
 * against {@link OfficeHolders} on the date of the sentence (its own date, else that of the event it tells, else the
 * publication date); amounts that the record marks as press-only are flagged.
 */
public final class Reconciler {
    /** The tolerance for share claims, in percentage points; see {@code docs/methods/news.md}. */
    public static final double DEFAULT_TOLERANCE_POINTS = 5.0;

    /** Dates within this many days of the record's are taken to agree (time zones, announcement versus signing). */
    public static final int DATE_TOLERANCE_DAYS = 3;

    /**
     * An event dated this far or nearer from the record of the same act is taken as that act misdated (a date
     * conflict); further, it is another act. Two years and the tolerance: the misdatings on record are a wrong year (a
     * list dated 2024-11-07 for 2025-11-07, 365 days; a ban "valid since 1 January 2022" for 2020, 731 days) or a wrong
     * year and month (agreements "announced on March 12, 2024" for October 2025, 587 days); see
     * {@code docs/methods/news.md}.
     */
    public static final int MISDATING_WINDOW_DAYS = 2 * 365 + 1 + DATE_TOLERANCE_DAYS;

    /**
     * Measures whose specificity scores lie within this margin of the best are all kept; a single one is confirmed,
     * several are reported as consistent with the article. A tenth of the element overlap: two measures that differ
     * by one element in ten are not told apart by the elements alone.
     */
    static final double SPECIFICITY_MARGIN = 0.1;

    private static final Pattern TITLES = Pattern.compile(
            "(?<!former )(?:President|Prime Minister|PM|Premier|Chancellor|Emperor|King|Sultan)\\s+",
            Pattern.CASE_INSENSITIVE);

    private final KnowledgeSnapshot snapshot;
    private final OfficeHolders holders;
    private final Gazetteer gazetteer;
    private final double tolerancePoints;

    /**
     * @param snapshot the knowledge base
     * @param holders the office holders
     * @param gazetteer the gazetteer the extraction used
     * @param tolerancePoints the claim tolerance in percentage points, within [0, 50]
     */
    public Reconciler(KnowledgeSnapshot snapshot, OfficeHolders holders, Gazetteer gazetteer, double tolerancePoints) {
        this.snapshot = snapshot;
        this.holders = holders;
        this.gazetteer = gazetteer;
        if (!(tolerancePoints >= 0 && tolerancePoints <= 50)) {
            throw new IllegalArgumentException("tolerancePoints (" + tolerancePoints + ") must be within [0, 50].");
        }
        this.tolerancePoints = tolerancePoints;
    }

    /**
     * @param snapshot the knowledge base
     * @return a reconciler with the bundled tables and the default tolerance
     */
    public static Reconciler of(KnowledgeSnapshot snapshot) {
        return new Reconciler(snapshot, OfficeHolders.bundled(), Gazetteer.bundled(), DEFAULT_TOLERANCE_POINTS);
    }

    /**
     * @param extraction what was read from an article
     * @return the verdicts, matches and flags
     */
    public CheckReport check(Extraction extraction) {
        List<Flag> flags = new ArrayList<>();
        List<ClaimCheck> claims = new ArrayList<>();
        for (Claim claim : extraction.claims()) {
            claims.add(checkClaim(claim));
        }
        List<EventCheck> events = new ArrayList<>();
        for (Event event : extraction.events()) {
            events.add(checkEvent(event, extraction.article().published(), flags));
        }
        officeHolders(extraction, events, flags);
        return new CheckReport(extraction, claims, events, flags);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // claims

    ClaimCheck checkClaim(Claim claim) {
        Optional<Mineral> mineral = gazetteer
                .mineralId(claim.mineral())
                .flatMap(id -> snapshot.minerals().get(MineralId.of(id)));
        if (mineral.isEmpty()) {
            return unverifiable(claim, "The knowledge base has no mineral '" + claim.mineral() + "'.");
        }
        List<Stage> stages = switch (claim.stage()) {
            case "mining" -> List.of(Stage.MINING);
            case "processing", "refining" -> List.of(Stage.PROCESSING);
            case "metal" -> List.of(Stage.METAL);
            default -> List.of(Stage.MINING, Stage.PROCESSING);
        };
        Map<Stage, List<ReferenceValue>> byStage = new LinkedHashMap<>();
        for (Stage stage : stages) {
            List<ReferenceValue> refs = references(mineral.get(), stage, claim);
            if (!refs.isEmpty()) {
                byStage.put(stage, refs);
            }
        }
        List<ReferenceValue> all =
                byStage.values().stream().flatMap(List::stream).toList();
        String subject =
                gazetteer.countryName(claim.country()) + " " + pct(claim.sharePct()) + " of " + claim.mineral();
        if (all.isEmpty()) {
            return unverifiable(
                    claim,
                    "No " + stages.stream().map(Stage::id).toList() + " share of " + claim.country() + " for "
                            + mineral.get().id().value()
                            + claim.year().map(y -> " in " + y).orElse("") + " in the knowledge base.");
        }
        if (stages.size() > 1 && byStage.size() > 1) {
            List<String> fits = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            byStage.forEach((stage, refs) -> (fits(claim, refs) ? fits : misses).add(stage.id() + " " + range(refs)));
            return new ClaimCheck(
                    claim,
                    Verdict.AMBIGUOUS_STAGE,
                    tolerancePoints,
                    all,
                    subject + " names no stage; the record differs by stage. Within " + num(tolerancePoints)
                            + " points of: " + (fits.isEmpty() ? "none" : String.join(", ", fits)) + "; not of: "
                            + (misses.isEmpty() ? "none" : String.join(", ", misses)) + ".");
        }
        Stage stage = byStage.keySet().iterator().next();
        boolean fits = fits(claim, all);
        return new ClaimCheck(
                claim,
                fits ? Verdict.CONSISTENT : Verdict.CONFLICTING,
                tolerancePoints,
                all,
                subject + " at " + stage.id() + (fits ? " is within " : " is more than ") + num(tolerancePoints)
                        + " points of the record (" + range(all) + ").");
    }

    /** A claim the knowledge base holds nothing to check against, and why. */
    private ClaimCheck unverifiable(Claim claim, String why) {
        return new ClaimCheck(claim, Verdict.UNVERIFIABLE, tolerancePoints, List.of(), why);
    }

    private boolean fits(Claim claim, List<ReferenceValue> refs) {
        double min = refs.stream().mapToDouble(ReferenceValue::sharePct).min().orElse(Double.NaN);
        double max = refs.stream().mapToDouble(ReferenceValue::sharePct).max().orElse(Double.NaN);
        boolean range = refs.stream().anyMatch(r -> r.mineral().startsWith("members"));
        if (range) {
            return claim.sharePct() >= min - tolerancePoints && claim.sharePct() <= max + tolerancePoints;
        }
        return refs.stream().anyMatch(r -> Math.abs(r.sharePct() - claim.sharePct()) <= tolerancePoints);
    }

    private static String range(List<ReferenceValue> refs) {
        List<String> parts = new ArrayList<>();
        for (ReferenceValue r : refs) {
            parts.add(pct(r.sharePct()) + " " + r.source() + " " + r.period()
                    + (r.mineral().startsWith("members") ? " (" + r.mineral() + ")" : ""));
        }
        return String.join("; ", parts);
    }

    private List<ReferenceValue> references(Mineral mineral, Stage stage, Claim claim) {
        List<ReferenceValue> own =
                sharesOf(mineral.id(), stage, claim, mineral.id().value());
        if (!own.isEmpty() || !mineral.isGroup()) {
            return own;
        }
        Map<String, List<ReferenceValue>> byValue = new LinkedHashMap<>();
        for (MineralId member : mineral.members()) {
            for (ReferenceValue r : sharesOf(member, stage, claim, member.value())) {
                String key = String.format(Locale.ROOT, "%.1f|%s|%s", r.sharePct(), r.source(), r.period());
                byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<ReferenceValue> out = new ArrayList<>();
        for (List<ReferenceValue> same : byValue.values()) {
            ReferenceValue first = same.get(0);
            out.add(new ReferenceValue(
                    first.stage(),
                    "members "
                            + String.join(
                                    ", ",
                                    same.stream().map(ReferenceValue::mineral).toList()),
                    first.sharePct(),
                    first.period(),
                    first.series(),
                    first.source(),
                    first.sourceTitle()));
        }
        return out;
    }

    private List<ReferenceValue> sharesOf(MineralId mineral, Stage stage, Claim claim, String label) {
        List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, mineral).stream()
                .filter(s -> s.stage() == stage)
                .toList();
        Map<String, SupplyShares> chosen = new LinkedHashMap<>();
        for (SupplyShares set : sets) {
            if (claim.year().isPresent()) {
                int y = claim.year().get();
                if (y < set.period().startYear() - 1 || y > set.period().endYear() + 1) {
                    continue;
                }
            }
            String key = set.series() + "|" + set.sources();
            SupplyShares previous = chosen.get(key);
            if (previous == null || set.period().compareTo(previous.period()) > 0) {
                chosen.put(key, set);
            }
        }
        List<ReferenceValue> out = new ArrayList<>();
        Area area = Area.country(CountryCode.of(claim.country()));
        for (SupplyShares set : chosen.values()) {
            set.shareOf(area).ifPresent(share -> {
                SourceId source = set.sources().iterator().next();
                String title = snapshot.sources().stream()
                        .filter(s -> s.id().equals(source))
                        .findFirst()
                        .map(s -> s.publisher() + ": " + s.title())
                        .orElse(source.toString());
                out.add(new ReferenceValue(
                        stage.id(),
                        label,
                        Math.round(share.share() * 1000) / 10.0,
                        set.period().toString(),
                        set.series(),
                        source.toString(),
                        title));
            });
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // events

    EventCheck checkEvent(Event event, Optional<LocalDate> published, List<Flag> flags) {
        return switch (event.type()) {
            case AGREEMENT, INVESTMENT, JOINT_VENTURE, OFFTAKE -> agreement(event, published, flags);
            case EXPORT_CONTROL, EXPORT_CONTROL_SUSPENSION -> measure(event, flags);
            case LIST_UPDATE -> list(event, flags);
            case TARIFF, OTHER ->
                EventCheck.unmatched(
                        event,
                        "The knowledge base holds no " + (event.type() == EventType.TARIFF ? "tariff" : "such")
                                + " records, so it cannot be compared.");
        };
    }

    private EventCheck agreement(Event event, Optional<LocalDate> published, List<Flag> flags) {
        List<Agreement> matched = new ArrayList<>();
        List<String> unmatchedPartners = new ArrayList<>();
        List<String> countries = event.countries();
        if (event.type() == EventType.AGREEMENT
                && countries.size() >= 3
                && event.organisations().isEmpty()) {
            String lead = countries.contains("US") ? "US" : countries.get(0);
            for (String partner : countries) {
                if (partner.equals(lead)) {
                    continue;
                }
                Optional<Agreement> best = bestAgreement(event, Set.of(lead, partner));
                if (best.isPresent()) {
                    if (!matched.contains(best.get())) {
                        matched.add(best.get());
                    }
                } else {
                    unmatchedPartners.add(partner);
                }
            }
        } else {
            bestAgreement(event, new LinkedHashSet<>(countries)).ifPresent(matched::add);
        }
        for (String partner : unmatchedPartners) {
            flags.add(new Flag(
                    "no-record",
                    "No critical-minerals agreement between "
                            + gazetteer.countryName(countries.contains("US") ? "US" : countries.get(0)) + " and "
                            + gazetteer.countryName(partner) + " is on record.",
                    event.evidence(),
                    List.of()));
        }
        List<Agreement> otherActs = new ArrayList<>();
        if (event.date().isPresent()) {
            LocalDate date = event.date().get();
            for (Agreement a : matched) {
                if (farApart(date, a.signed())
                        && !otherActReasons(event, a, published).isEmpty()) {
                    otherActs.add(a);
                }
            }
            matched.removeAll(otherActs);
        }
        if (matched.isEmpty() && !otherActs.isEmpty()) {
            Agreement related = otherActs.get(0);
            return EventCheck.unmatched(
                    event,
                    "Not on record: the nearest record" + between(event) + ", "
                            + related.id() + " (" + related.kind().id() + ", signed " + related.signed()
                            + "), is another act: " + String.join("; ", otherActReasons(event, related, published))
                            + ".");
        }
        if (matched.isEmpty()) {
            List<Project> projects = projects(event);
            if (!projects.isEmpty()) {
                return projectCheck(event, projects);
            }
            return EventCheck.unmatched(
                    event,
                    "No agreement or project on record shares two of its parties"
                            + Phrases.optional(" (", event.parties())
                            + (event.parties().isEmpty() ? "" : ")")
                            + Phrases.optional(" or names its project; minerals: ", event.minerals()) + ".");
        }
        List<Difference> differences = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<RecordRef> refs = new ArrayList<>();
        for (Agreement a : matched) {
            refs.add(agreementRef(a));
            event.title().ifPresent(title -> {
                if (!sameTitle(title, a)) {
                    differences.add(new Difference("title", title, a.title()));
                }
            });
            checkDate(
                    event,
                    a.signed(),
                    a.id(),
                    date -> "The article dates it " + date + "; the record (" + a.id() + ") was signed " + a.signed()
                            + ".",
                    sourceIds(a.sources()),
                    differences,
                    flags);
            event.amountUsd().ifPresent(amount -> {
                Optional<Money> same = a.money().stream()
                        .filter(m -> m.currency().equals("USD") && Math.abs(m.amount() - amount) <= 0.01 * amount)
                        .findFirst();
                if (same.isPresent() && same.get().pressOnly()) {
                    flags.add(new Flag(
                            "press-only-amount",
                            usd(amount) + " is reported only by the press; the record (" + a.id()
                                    + ") has no official source for it."
                                    + (same.get().note().isBlank()
                                            ? ""
                                            : " Note: " + same.get().note()),
                            event.evidence(),
                            same.get().source().map(SourceId::toString).stream().toList()));
                } else if (same.isEmpty() && !a.money().isEmpty() && matched.size() == 1) {
                    differences.add(new Difference(
                            "amount",
                            usd(amount),
                            String.join(
                                    ", ",
                                    a.money().stream()
                                            .map(m -> m.qualifier().id() + " " + m.amount() / 1e6 + " million "
                                                    + m.currency())
                                            .toList())));
                    flags.add(new Flag(
                            "amount-not-on-record",
                            usd(amount) + " matches no amount of the record (" + a.id() + ").",
                            event.evidence(),
                            sourceIds(a.sources())));
                } else if (same.isEmpty() && a.money().isEmpty()) {
                    added.add("amount " + usd(amount) + " (the record has none)");
                }
            });
        }
        for (String description : event.descriptions()) {
            String[] parts = description.split("\t", 2);
            Optional<Gazetteer.Organisation> org = gazetteer.organisation(parts[0]);
            List<String> described = gazetteer.countriesIn(parts[1]);
            if (org.isPresent()
                    && org.get().country().isPresent()
                    && !described.isEmpty()
                    && !described.equals(List.of(org.get().country().get()))) {
                differences.add(new Difference(
                        "party",
                        org.get().name() + " described as '" + parts[1] + "'",
                        org.get().name() + " is " + org.get().country().get() + "-based ("
                                + org.get().note() + ")"));
            }
        }
        MatchKind kind = !differences.isEmpty()
                ? MatchKind.CONTRADICTS
                : !added.isEmpty() ? MatchKind.ADDS_DETAIL : MatchKind.CONFIRMS;
        return new EventCheck(
                event,
                kind,
                refs,
                differences,
                added,
                "Matched "
                        + String.join(
                                ", ",
                                refs.stream()
                                        .map(r -> r.id() + " ("
                                                + r.date().map(Object::toString).orElse("") + ")")
                                        .toList())
                        + (differences.isEmpty()
                                ? "."
                                : "; differs in "
                                        + String.join(
                                                ", ",
                                                differences.stream()
                                                        .map(Difference::field)
                                                        .distinct()
                                                        .toList())
                                        + "."));
    }

    /**
     * Why a record dated differently from the event is another act rather than the same act misdated: the event names
     * an instrument of another kind (a memorandum against a framework), minerals the record does not cover, a date
     * more than {@value #MISDATING_WINDOW_DAYS} days away, or the record was signed after the article appeared. A
     * quoted title of the record makes it the same act whatever else differs.
     *
     * @return the reasons, empty when it is the same act
     */
    private List<String> otherActReasons(Event event, Agreement a, Optional<LocalDate> published) {
        List<String> reasons = new ArrayList<>();
        if (event.title().isPresent() && sameTitle(event.title().get(), a)) {
            return reasons;
        }
        Set<AgreementKind> instruments = instruments(event);
        if (!instruments.isEmpty() && !instruments.contains(a.kind())) {
            reasons.add("the article's instrument ("
                    + String.join(
                            " or ", instruments.stream().map(AgreementKind::id).toList())
                    + ") is not the record's (" + a.kind().id() + ")");
        }
        Set<MineralId> named = expand(event.minerals().stream()
                .filter(m -> !m.equals("critical minerals"))
                .map(gazetteer::mineralId)
                .flatMap(Optional::stream)
                .map(MineralId::of)
                .toList());
        Set<MineralId> covered = expand(a.minerals());
        if (!named.isEmpty() && !covered.isEmpty() && named.stream().noneMatch(covered::contains)) {
            reasons.add("the article's minerals (" + String.join(", ", event.minerals()) + ") are not the record's");
        }
        event.date().ifPresent(date -> {
            long days = Math.abs(ChronoUnit.DAYS.between(date, a.signed()));
            if (days > MISDATING_WINDOW_DAYS) {
                reasons.add("dated " + date + ", " + days + " days apart, beyond the " + MISDATING_WINDOW_DAYS
                        + " days of a misdating");
            }
        });
        if (laterThan(a.signed(), published)) {
            reasons.add("signed after the article appeared (" + published.orElseThrow() + ")");
        }
        return reasons;
    }

    /** The instruments the evidence names: memorandum, framework, joint venture, offtake, letter, equity stake. */
    private static Set<AgreementKind> instruments(Event event) {
        String text = event.evidence().toLowerCase(Locale.ROOT);
        Set<AgreementKind> out = new TreeSet<>();
        if (text.contains("memorand")
                || Pattern.compile("\\bmous?\\b").matcher(text).find()) {
            out.add(AgreementKind.MOU);
        }
        if (text.contains("framework")) {
            out.add(AgreementKind.FRAMEWORK);
        }
        if (text.contains("joint venture") || event.type() == EventType.JOINT_VENTURE) {
            out.add(AgreementKind.JOINT_VENTURE);
        }
        if (text.contains("offtake") || text.contains("off-take") || event.type() == EventType.OFFTAKE) {
            out.add(AgreementKind.OFFTAKE);
        }
        if (text.contains("letter of interest") || text.contains("letter of intent")) {
            out.add(AgreementKind.LETTER_OF_INTEREST);
        }
        if (text.contains("equity stake")) {
            out.add(AgreementKind.EQUITY_STAKE);
        }
        if (text.contains("price floor")) {
            out.add(AgreementKind.PRICE_FLOOR);
        }
        return out;
    }

    /** @return " between " and the event's countries by name (" of " for one), or "" if it names none */
    private String between(Event event) {
        List<String> names =
                event.countries().stream().map(gazetteer::countryName).toList();
        return Phrases.optional(names.size() == 1 ? " of " : " between ", names);
    }

    private Optional<Agreement> bestAgreement(Event event, Set<String> countries) {
        Agreement best = null;
        double bestScore = 0;
        for (Agreement a : snapshot.policy().agreements()) {
            Set<String> aCountries = new TreeSet<>();
            for (Party p : a.parties()) {
                p.country().ifPresent(c -> aCountries.add(c.value()));
            }
            long shared = countries.stream().filter(aCountries::contains).count();
            boolean org = event.organisations().stream().anyMatch(id -> organisationIn(id, a));
            if (shared < 2 && !org) {
                continue;
            }
            double score = shared + (org ? 2 : 0);
            if (event.amountUsd().isPresent()) {
                double amount = event.amountUsd().get();
                if (a.money().stream().anyMatch(m -> Math.abs(m.amount() - amount) <= 0.01 * amount)) {
                    score += 3;
                }
            }
            if (event.rule().contains("memorand") && a.kind().name().equals("MOU")) {
                score += 1;
            }
            if (event.type() == EventType.JOINT_VENTURE && a.kind().name().equals("JOINT_VENTURE")) {
                score += 2;
            }
            if (event.title().isPresent() && sameTitle(event.title().get(), a)) {
                score += 3;
            }
            if (event.date().isPresent()) {
                long days = Math.abs(ChronoUnit.DAYS.between(event.date().get(), a.signed()));
                score += days <= DATE_TOLERANCE_DAYS ? 1 : -Math.min(0.5, days / 3650.0);
            } else {
                score -= Math.abs(ChronoUnit.DAYS.between(a.signed(), LocalDate.of(2025, 10, 20))) / 36500.0;
            }
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean organisationIn(String orgId, Agreement a) {
        Optional<Gazetteer.Organisation> org = gazetteer.organisation(orgId);
        if (org.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(org.get().aliases());
        names.add(org.get().name());
        for (Party p : a.parties()) {
            String text = p.organisation().orElse("").toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (name.length() >= 4 && text.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameTitle(String title, Agreement a) {
        String t = normalise(title);
        if (t.equals(normalise(a.title()))) {
            return true;
        }
        return a.titleVariants().stream()
                .filter(v -> !v.toLowerCase(Locale.ROOT).contains("incorrect"))
                .anyMatch(v -> normalise(v).equals(t));
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replace("u.s.", "united states")
                .replaceAll("\\bus\\b", "united states")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    private EventCheck measure(Event event, List<Flag> flags) {
        Set<MineralId> eventMinerals = expand(event.minerals().stream()
                .map(gazetteer::mineralId)
                .flatMap(Optional::stream)
                .map(MineralId::of)
                .toList());
        boolean suspension = event.type() == EventType.EXPORT_CONTROL_SUSPENSION;
        List<TradeMeasure> candidates = new ArrayList<>();
        for (TradeMeasure m : snapshot.policy().measures()) {
            if (!event.countries().isEmpty()
                    && !event.countries().contains(m.issuer().value())) {
                continue;
            }
            Set<MineralId> covered = expand(m.minerals());
            covered.retainAll(eventMinerals);
            if (covered.isEmpty()) {
                continue;
            }
            if (suspension && m.events().stream().noneMatch(e -> relevant(e, true))) {
                continue;
            }
            candidates.add(m);
        }
        if (candidates.isEmpty() && suspension) {
            // "the two nations ... a temporary reprieve": the issuer may be left unnamed; match on minerals alone
            for (TradeMeasure m : snapshot.policy().measures()) {
                Set<MineralId> covered = expand(m.minerals());
                covered.retainAll(eventMinerals);
                if (!covered.isEmpty() && m.events().stream().anyMatch(e -> relevant(e, true))) {
                    candidates.add(m);
                }
            }
        }
        if (candidates.isEmpty()) {
            return EventCheck.unmatched(
                    event,
                    "No trade measure on record"
                            + byCountries(event)
                            + Phrases.optional(" on ", event.minerals()) + ".");
        }
        Optional<LocalDate> date = event.date();
        if (date.isPresent()) {
            LocalDate day = date.get();
            List<TradeMeasure> onDate = candidates.stream()
                    .filter(m -> distance(m, day, suspension) <= DATE_TOLERANCE_DAYS)
                    .toList();
            if (!onDate.isEmpty()) {
                candidates = onDate;
            } else {
                return misdatedMeasure(event, mostSpecific(event, candidates), day, suspension, flags);
            }
        }
        List<TradeMeasure> chosen = mostSpecific(event, candidates);
        List<RecordRef> refs =
                chosen.stream().limit(4).map(Reconciler::measureRef).toList();
        String more = chosen.size() > 4 ? " and " + (chosen.size() - 4) + " more" : "";
        if (chosen.size() == 1) {
            return new EventCheck(
                    event,
                    MatchKind.CONFIRMS,
                    refs,
                    List.of(),
                    List.of(),
                    "Matched " + chosen.get(0).id() + ".");
        }
        return new EventCheck(
                event,
                MatchKind.CONSISTENT,
                refs,
                List.of(),
                List.of(),
                "Consistent with " + chosen.size() + " measures on record" + byCountries(event)
                        + Phrases.optional(" on ", event.minerals()) + " ("
                        + String.join(", ", refs.stream().map(RecordRef::id).toList()) + more
                        + "); nothing in the article (date, elements, instrument, target) picks out one.");
    }

    /** @return the candidates whose specificity lies within {@link #SPECIFICITY_MARGIN} of the best */
    private List<TradeMeasure> mostSpecific(Event event, List<TradeMeasure> candidates) {
        Map<TradeMeasure, Double> scores = specificity(event, candidates);
        double best =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return candidates.stream()
                .filter(m -> Objects.requireNonNull(scores.get(m)) > best - SPECIFICITY_MARGIN)
                .toList();
    }

    /**
     * An export control whose date is on no record of the candidates: a misdating of the nearest of the most specific
     * records when it is within {@value #MISDATING_WINDOW_DAYS} days, otherwise a measure that is not on record. (A
     * measure is often announced or pledged before the act the record dates, so a record later than the article is
     * not taken as another act here, unlike an agreement.)
     */
    private EventCheck misdatedMeasure(
            Event event, List<TradeMeasure> candidates, LocalDate date, boolean suspension, List<Flag> flags) {
        TradeMeasure closest = candidates.stream()
                .min(Comparator.comparingLong(m -> distance(m, date, suspension)))
                .orElseThrow();
        MeasureEvent nearest = closest.events().stream()
                .filter(e -> relevant(e, suspension))
                .min(Comparator.comparingLong(e -> Math.abs(ChronoUnit.DAYS.between(e.date(), date))))
                .orElse(closest.events().get(0));
        long days = Math.abs(ChronoUnit.DAYS.between(nearest.date(), date));
        if (days > MISDATING_WINDOW_DAYS) {
            return EventCheck.unmatched(
                    event,
                    "No trade measure on record" + byCountries(event) + Phrases.optional(" on ", event.minerals())
                            + " near " + date + "; the nearest, " + closest.id() + " ("
                            + nearest.type().id() + " "
                            + nearest.date() + "), is " + days + " days away, beyond the " + MISDATING_WINDOW_DAYS
                            + " days of a misdating.");
        }
        Difference difference = new Difference(
                "date", date.toString(), nearest.type().id() + " " + nearest.date() + " (" + closest.id() + ")");
        flags.add(new Flag(
                "date-conflict",
                "The article dates it " + date + "; the record (" + closest.id() + ") has "
                        + nearest.type().id() + " on " + nearest.date() + ".",
                event.evidence(),
                sourceIds(closest.sources())));
        return new EventCheck(
                event,
                MatchKind.CONTRADICTS,
                List.of(measureRef(closest)),
                List.of(difference),
                List.of(),
                "Matched " + closest.id() + "; the date differs.");
    }

    private static RecordRef measureRef(TradeMeasure m) {
        return new RecordRef(
                "measure", m.id(), m.title(), Optional.of(m.events().get(0).date()), sourceIds(m.sources()));
    }

    /**
     * How strongly the article picks out each measure: the overlap of the elements it names with the measure's
     * (Jaccard over the sets with group members expanded, a group counting only when none of its members is named;
     * only when it names an element, not just a group such as "rare earths"), a named target the measure covers
     * (+0.5), and the instrument the evidence names (ban, licensing, quota, export tax, technology: +0.3). A generic
     * sentence ("export controls on several rare earth elements") scores every measure alike, so none is picked out.
     */
    private Map<TradeMeasure, Double> specificity(Event event, List<TradeMeasure> candidates) {
        List<Mineral> named = event.minerals().stream()
                .map(gazetteer::mineralId)
                .flatMap(Optional::stream)
                .map(id -> snapshot.minerals().get(MineralId.of(id)))
                .flatMap(Optional::stream)
                .toList();
        boolean elements = named.stream().anyMatch(m -> !m.isGroup());
        // the elements named, and the members of a group only when none of its members is named
        Set<MineralId> eventMinerals = new TreeSet<>();
        for (Mineral m : named) {
            if (!m.isGroup()) {
                eventMinerals.add(m.id());
            } else if (named.stream().noneMatch(other -> m.members().contains(other.id()))) {
                eventMinerals.addAll(expand(List.of(m.id())));
            }
        }
        String evidence = event.evidence().toLowerCase(Locale.ROOT);
        Map<TradeMeasure, Double> scores = new LinkedHashMap<>();
        for (TradeMeasure m : candidates) {
            double score = 0;
            if (elements) {
                Set<MineralId> covered = expand(m.minerals());
                Set<MineralId> both = new TreeSet<>(covered);
                both.retainAll(eventMinerals);
                Set<MineralId> either = new TreeSet<>(covered);
                either.addAll(eventMinerals);
                score += either.isEmpty() ? 0 : (double) both.size() / either.size();
            }
            for (String c : event.countries()) {
                if (!c.equals(m.issuer().value())
                        && !m.targets().all()
                        && m.targets().covers(CountryCode.of(c))) {
                    score += 0.5;
                }
            }
            if (namesKind(evidence, m.kind().id())) {
                score += 0.3;
            }
            scores.put(m, score);
        }
        return scores;
    }

    private static boolean namesKind(String evidence, String kind) {
        return switch (kind) {
            case "ban" ->
                evidence.contains("ban") || evidence.contains("not be permitted") || evidence.contains("prohibit");
            case "licensing" -> evidence.contains("licen");
            case "quota" -> evidence.contains("quota");
            case "export-tax" -> evidence.contains("tax") || evidence.contains("dut");
            case "technology-control" -> evidence.contains("technolog");
            default -> false;
        };
    }

    /**
     * Projects the event names: an organisation of the event runs it (operator), or a distinctive word of the project's
     * name ("Nolans", "Wagerup", "Katpar") is in the evidence; and the minerals do not contradict.
     */
    private List<Project> projects(Event event) {
        String evidence = event.evidence();
        List<Project> out = new ArrayList<>();
        for (Project p : snapshot.policy().projects()) {
            boolean byOperator = event.organisations().stream().anyMatch(id -> operatorOf(id, p))
                    || event.parties().stream()
                            .filter(name -> name.length() >= 4 && !name.matches("[A-Z]{2}"))
                            .anyMatch(name ->
                                    p.operator().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
            boolean byName = false;
            for (String word : p.name().split("[^\\p{L}\\d]+", -1)) {
                if (word.length() >= 5
                        && Character.isUpperCase(word.charAt(0))
                        && !PROJECT_WORDS.contains(word)
                        && Pattern.compile("\\b" + Pattern.quote(word) + "\\b")
                                .matcher(evidence)
                                .find()) {
                    byName = true;
                }
            }
            Set<MineralId> eventMinerals = expand(event.minerals().stream()
                    .map(gazetteer::mineralId)
                    .flatMap(Optional::stream)
                    .map(MineralId::of)
                    .toList());
            Set<MineralId> projectMinerals = expand(p.minerals());
            Set<MineralId> common = new TreeSet<>(projectMinerals);
            common.retainAll(eventMinerals);
            boolean mineralsFit = eventMinerals.isEmpty()
                    || !common.isEmpty()
                    || event.minerals().contains("critical minerals")
                    || (event.minerals().contains("rare earths")
                            && projectMinerals.stream()
                                    .anyMatch(m -> snapshot.minerals()
                                            .get(MineralId.of("rare-earths"))
                                            .map(r -> r.members().contains(m))
                                            .orElse(false)));
            if ((byOperator || byName) && mineralsFit) {
                out.add(p);
            }
        }
        return out;
    }

    private static final Set<String> PROJECT_WORDS = Set.of(
            "Project",
            "Projects",
            "Recovery",
            "Gallium",
            "Lithium",
            "Tungsten",
            "Rare",
            "Earth",
            "Earths",
            "Magnet",
            "Manufacturing",
            "Campus",
            "Texas",
            "Western",
            "Australia",
            "Northern",
            "Upper",
            "Deposit",
            "Region");

    private boolean operatorOf(String orgId, Project p) {
        String operator = p.operator().toLowerCase(Locale.ROOT);
        if (orgId.startsWith("company:")) {
            return operator.contains(orgId.substring(8).toLowerCase(Locale.ROOT));
        }
        Optional<Gazetteer.Organisation> org = gazetteer.organisation(orgId);
        if (org.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(org.get().aliases());
        names.add(org.get().name());
        return names.stream().filter(n -> n.length() >= 4).anyMatch(n -> operator.contains(n.toLowerCase(Locale.ROOT)));
    }

    private static RecordRef agreementRef(Agreement a) {
        return new RecordRef("agreement", a.id(), a.title(), Optional.of(a.signed()), sourceIds(a.sources()));
    }

    /** Whether the article's date and the record's are more than {@link #DATE_TOLERANCE_DAYS} apart. */
    private static boolean farApart(LocalDate article, LocalDate recorded) {
        return Math.abs(ChronoUnit.DAYS.between(article, recorded)) > DATE_TOLERANCE_DAYS;
    }

    /**
     * Records a date difference and a "date-conflict" flag when the event's date is far from the record's.
     *
     * @param recorded the record's date (signed, published)
     * @param record the record's id, shown after its date
     * @param message the flag's message, given the article's date
     * @param sources the record's sources, cited by the flag
     */
    private static void checkDate(
            Event event,
            LocalDate recorded,
            String record,
            Function<LocalDate, String> message,
            List<String> sources,
            List<Difference> differences,
            List<Flag> flags) {
        event.date().filter(date -> farApart(date, recorded)).ifPresent(date -> {
            differences.add(new Difference("date", date.toString(), recorded + " (" + record + ")"));
            flags.add(new Flag("date-conflict", message.apply(date), event.evidence(), sources));
        });
    }

    private static List<String> sourceIds(List<SourceId> sources) {
        return sources.stream().map(SourceId::toString).toList();
    }

    /** @return " by " and the event's countries by name, or "" if it names none */
    private String byCountries(Event event) {
        return Phrases.optional(
                " by ", event.countries().stream().map(gazetteer::countryName).toList());
    }

    private EventCheck projectCheck(Event event, List<Project> projects) {
        List<RecordRef> refs = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        for (Project p : projects) {
            refs.add(new RecordRef("project", p.id(), p.name(), Optional.empty(), sourceIds(p.sources())));
            for (Agreement a : snapshot.policy().agreements()) {
                if (a.projects().contains(p.id())) {
                    refs.add(agreementRef(a));
                    linked.add(a.id());
                }
            }
        }
        List<String> added = new ArrayList<>();
        event.amountUsd().ifPresent(amount -> added.add("amount " + usd(amount) + " (the project record has none)"));
        return new EventCheck(
                event,
                added.isEmpty() ? MatchKind.CONFIRMS : MatchKind.ADDS_DETAIL,
                refs,
                List.of(),
                added,
                "Matched project "
                        + String.join(", ", projects.stream().map(Project::id).toList())
                        + Phrases.optional(", linked to ", linked) + ".");
    }

    /** @return whether a record is dated after the article appeared (beyond the tolerance): it cannot be its subject */
    private static boolean laterThan(LocalDate recordDate, Optional<LocalDate> published) {
        return published.isPresent() && ChronoUnit.DAYS.between(published.get(), recordDate) > DATE_TOLERANCE_DAYS;
    }

    private static boolean relevant(MeasureEvent e, boolean suspension) {
        MeasureEventType t = e.type();
        if (suspension) {
            return t == MeasureEventType.SUSPENDED || t == MeasureEventType.LIFTED || t == MeasureEventType.EXPIRED;
        }
        return t == MeasureEventType.ANNOUNCED || t == MeasureEventType.EFFECTIVE || t == MeasureEventType.REINSTATED;
    }

    private static long distance(TradeMeasure m, LocalDate date, boolean suspension) {
        return m.events().stream()
                .filter(e -> relevant(e, suspension))
                .mapToLong(e -> Math.abs(ChronoUnit.DAYS.between(e.date(), date)))
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private Set<MineralId> expand(List<MineralId> ids) {
        Set<MineralId> out = new TreeSet<>();
        for (MineralId id : ids) {
            out.add(id);
            snapshot.minerals().get(id).ifPresent(m -> out.addAll(m.members()));
        }
        return out;
    }

    private EventCheck list(Event event, List<Flag> flags) {
        List<CriticalMineralList> lists = snapshot.lists().stream()
                .filter(l -> event.countries().stream().anyMatch(c -> l.issuer().contains(gazetteer.countryName(c))))
                .toList();
        if (lists.isEmpty()) {
            return EventCheck.unmatched(event, "No critical-mineral list on record" + byCountries(event) + ".");
        }
        List<MineralId> named = event.minerals().stream()
                .map(gazetteer::mineralId)
                .flatMap(Optional::stream)
                .map(MineralId::of)
                .toList();
        CriticalMineralList best = lists.stream()
                .max(Comparator.comparingLong((CriticalMineralList l) ->
                                named.stream().filter(l::contains).count())
                        .thenComparing(CriticalMineralList::published))
                .orElseThrow();
        List<Difference> differences = new ArrayList<>();
        checkDate(
                event,
                best.published(),
                best.id(),
                date -> "The article dates the list " + date + "; " + best.name() + " was published " + best.published()
                        + ".",
                List.of(best.source().toString()),
                differences,
                flags);
        RecordRef ref = new RecordRef(
                "list",
                best.id(),
                best.name(),
                Optional.of(best.published()),
                List.of(best.source().toString()));
        return new EventCheck(
                event,
                differences.isEmpty() ? MatchKind.CONFIRMS : MatchKind.CONTRADICTS,
                List.of(ref),
                differences,
                List.of(),
                "Matched " + best.name() + ".");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // office holders

    private void officeHolders(Extraction extraction, List<EventCheck> events, List<Flag> flags) {
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence sentence : extraction.sentences()) {
            Optional<LocalDate> date = sentenceDate(extraction, sentence);
            if (date.isEmpty()) {
                continue;
            }
            for (String person : personsIn(sentence.text())) {
                List<OfficeHolders.Term> terms = holders.termsOf(person);
                if (terms.isEmpty() || terms.stream().anyMatch(t -> t.covers(date.get()))) {
                    continue;
                }
                if (!seen.add(person + "|" + date.get())) {
                    continue;
                }
                OfficeHolders.Term term = terms.get(0);
                String officeWord = term.office().startsWith("Prime Minister")
                        ? "Prime Minister"
                        : term.office().split(" ", -1)[0];
                List<OfficeHolders.Term> actual = holders.holders(term.country(), officeWord, date.get());
                List<String> sources = new ArrayList<>();
                terms.forEach(t -> sources.add(t.sourceUrl()));
                actual.forEach(t -> sources.add(t.sourceUrl()));
                StringBuilder message = new StringBuilder(person + " did not hold office (" + term.office() + ", "
                        + term.country() + ") on " + date.get() + ". Terms on record: "
                        + String.join(
                                "; ",
                                terms.stream()
                                        .map(t -> t.start() + " to "
                                                + t.end().map(Object::toString).orElse("now"))
                                        .toList())
                        + ". Holder on that date: "
                        + (actual.isEmpty()
                                ? "none on record"
                                : String.join(
                                        ", ",
                                        actual.stream()
                                                .map(OfficeHolders.Term::describe)
                                                .toList()))
                        + ".");
                if (terms.stream().anyMatch(OfficeHolders.Term::unconfirmed)
                        || actual.stream().anyMatch(OfficeHolders.Term::unconfirmed)) {
                    message.append(" (A row involved is marked unconfirmed in the table.)");
                }
                String likely = likelyReferents(events, sentence, date.get());
                if (!likely.isEmpty()) {
                    message.append(" It most likely refers to: ").append(likely).append('.');
                }
                flags.add(new Flag("office-holder", message.toString(), sentence.text(), sources));
            }
        }
    }

    private static String likelyReferents(List<EventCheck> events, Sentence sentence, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (EventCheck check : events) {
            boolean here = check.event().start() <= sentence.start()
                    && check.event().date().map(date::equals).orElse(false);
            if (here) {
                check.records()
                        .forEach(r -> out.add(r.title() + " (" + r.id() + ", "
                                + r.date().map(Object::toString).orElse("") + ")"));
            }
        }
        return String.join("; ", new LinkedHashSet<>(out));
    }

    private Optional<LocalDate> sentenceDate(Extraction extraction, Sentence sentence) {
        for (Mention m : extraction.mentions()) {
            if (m.kind() == MentionKind.DATE
                    && !m.key().isEmpty()
                    && m.start() >= sentence.start()
                    && m.end() <= sentence.end()) {
                return Optional.of(LocalDate.parse(m.key()));
            }
        }
        Optional<LocalDate> eventDate = Optional.empty();
        for (Event e : extraction.events()) {
            if (e.start() <= sentence.start() && e.date().isPresent()) {
                eventDate = e.date();
            }
        }
        return eventDate.isPresent() ? eventDate : extraction.article().published();
    }

    private List<String> personsIn(String sentence) {
        List<String> out = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        holders.terms().forEach(t -> persons.add(t.person()));
        for (String person : persons) {
            String[] tokens = person.strip().split(" ", -1);
            String surname = tokens[tokens.length - 1];
            boolean full = Pattern.compile("(?<!former )(?<!Former )\\b" + Pattern.quote(person) + "\\b")
                    .matcher(sentence)
                    .find();
            boolean titled = false;
            Matcher m = TITLES.matcher(sentence);
            while (m.find()) {
                String rest = sentence.substring(m.end());
                if (rest.startsWith(surname + " ")
                        || rest.startsWith(surname + "'")
                        || rest.startsWith(surname + "’")
                        || rest.equals(surname)
                        || rest.startsWith(surname + ",")
                        || rest.startsWith(surname + ".")) {
                    titled = true;
                }
            }
            if (full || (titled && surname.length() >= 4)) {
                out.add(person);
            }
        }
        return out;
    }

    private static String pct(double value) {
        return num(value) + " %";
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String usd(double amount) {
        if (amount >= 1e9) {
            return "US$" + num(amount / 1e9) + " billion";
        }
        if (amount >= 1e6) {
            return "US$" + num(amount / 1e6) + " million";
        }
        return "US$" + num(amount);
    }
}
