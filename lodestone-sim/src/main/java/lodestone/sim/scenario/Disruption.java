package lodestone.sim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the issuer does: to whom (the targets), how hard and for how long (the phases), whether exports need a licence
 * decided with a lag, and when it was announced.
 *
 * <p>Targets matter: {@code ALL} targets every destination; a list of codes targets those countries only, and the
 * perspective country is targeted when it is on the list. Destinations that are not targets face only the phases'
 * {@code othersSeverity}.
 *
 * @param issuer ISO 3166-1 alpha-2 code of the country imposing the measure
 * @param measure the id of the trade measure in the knowledge base that the scenario models, if any
 * @param targets target countries ("ALL" for every destination)
 * @param stages the supply-chain stages covered (ids such as processing, metal, magnet); descriptive
 * @param phases the severity profile, phase after phase, from the scenario's start (the month the measure takes effect)
 * @param announced the day the measure was announced, if before it took effect: buyers front-load from then on
 * @param licensing the licence process, if exports are licensed rather than cut at once
 * @param effective the day the measure took effect, if not the first of the scenario's start month (the part of the
 *     month before it trades freely)
 * @param instrument what the measure is: a licence (with {@code licensing}), a ban, a tonnage quota or a cut of the
 *     issuer's output (without it; an output cut targets every destination)
 * @param quotaYearEnds for a quota, the last month of its current quota year, when the allowance not yet shipped lapses
 *     (later quota years follow every twelve months); empty for the calendar year of the scenario's start, and for
 *     any other instrument
 */
public record Disruption(
        String issuer,
        Optional<String> measure,
        List<String> targets,
        List<String> stages,
        List<Phase> phases,
        Optional<LocalDate> announced,
        Optional<Licensing> licensing,
        Optional<LocalDate> effective,
        Instrument instrument,
        Optional<YearMonth> quotaYearEnds) {
    public Disruption {
        targets = List.copyOf(targets);
        stages = List.copyOf(stages);
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("disruption by " + issuer + " must have at least one phase.");
        }
        List<Conflict> conflicts = conflicts(instrument, licensing.isPresent(), quotaYearEnds.isPresent());
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("disruption by " + issuer + " is a " + instrument.id() + ": "
                    + conflicts.stream().map(Conflict::rule).collect(Collectors.joining("; ")) + ".");
        }
        if (targetConflict(instrument, targets.isEmpty() || targets.contains("ALL"))
                .isPresent()) {
            throw new IllegalArgumentException("disruption by " + issuer + " is an " + instrument.id()
                    + " cut: targets " + targets + " " + Conflict.OUTPUT_NOT_EVERYONE.rule() + ".");
        }
    }

    /**
     * What an instrument cannot be written with. This is the one statement of those invariants: the constructor
     * refuses a disruption with any of them, and the scenario reader reports each as a problem with its field and value
     * instead of building the disruption.
     *
     * @param field the field of a scenario's {@code disruption} mapping the conflict is reported on
     * @param rule the rule broken, in words
     */
    public record Conflict(String field, String rule) {
        /** A licence without its licensing block. */
        public static final Conflict LICENCE_WITHOUT_LICENSING = new Conflict(
                "instrument",
                "a licence needs a licensing block (its lag and expected grant: it is decided application by"
                        + " application)");

        /** A licensing block on a ban or a quota. */
        public static final Conflict LICENSING_WITHOUT_LICENCE = new Conflict(
                "instrument", "must not have a licensing block (only a licence is decided application by application)");

        /** A quota year on a licence or a ban. */
        public static final Conflict QUOTA_YEAR_WITHOUT_QUOTA =
                new Conflict("quotaYearEnds", "only a quota has a quota year: declare instrument: quota");

        /** A cut of the issuer's output that names its targets: what is not made is not made for anyone. */
        public static final Conflict OUTPUT_NOT_EVERYONE = new Conflict(
                "targets", "must be ALL for an output cut (what is not made is not made for any destination)");
    }

    /**
     * @param instrument what the measure is
     * @param everyone whether it targets every destination
     * @return the conflict of an output cut that does not target every destination; empty otherwise
     */
    public static Optional<Conflict> targetConflict(Instrument instrument, boolean everyone) {
        return instrument == Instrument.OUTPUT && !everyone
                ? Optional.of(Conflict.OUTPUT_NOT_EVERYONE)
                : Optional.empty();
    }

    /**
     * @param instrument what the measure is
     * @param licensing whether it has a licensing block
     * @param quotaYear whether it names the end of a quota year
     * @return every invariant of the instrument the three break, in the order licence, licensing block, quota year; empty
     *     when they fit
     */
    public static List<Conflict> conflicts(Instrument instrument, boolean licensing, boolean quotaYear) {
        List<Conflict> out = new ArrayList<>();
        if (instrument == Instrument.LICENCE && !licensing) {
            out.add(Conflict.LICENCE_WITHOUT_LICENSING);
        }
        if (instrument != Instrument.LICENCE && licensing) {
            out.add(Conflict.LICENSING_WITHOUT_LICENCE);
        }
        if (instrument != Instrument.QUOTA && quotaYear) {
            out.add(Conflict.QUOTA_YEAR_WITHOUT_QUOTA);
        }
        return List.copyOf(out);
    }

    /**
     * A disruption whose instrument follows from its licensing: a licence with a licensing block, a ban without.
     *
     * @param issuer the issuer's code
     * @param measure the measure id, if any
     * @param targets target countries or ALL
     * @param stages stages covered
     * @param phases the severity profile
     * @param announced the announcement day, if before the measure took effect
     * @param licensing the licence process, if any
     * @param effective the effective day, if not the first of the start month
     */
    public Disruption(
            String issuer,
            Optional<String> measure,
            List<String> targets,
            List<String> stages,
            List<Phase> phases,
            Optional<LocalDate> announced,
            Optional<Licensing> licensing,
            Optional<LocalDate> effective) {
        this(
                issuer,
                measure,
                targets,
                stages,
                phases,
                announced,
                licensing,
                effective,
                licensing.isPresent() ? Instrument.LICENCE : Instrument.BAN,
                Optional.empty());
    }

    /**
     * A disruption that takes effect when announced, without licensing.
     *
     * @param issuer the issuer's code
     * @param measure the measure id, if any
     * @param targets target countries or ALL
     * @param stages stages covered
     * @param phases the severity profile
     */
    public Disruption(
            String issuer, Optional<String> measure, List<String> targets, List<String> stages, List<Phase> phases) {
        this(issuer, measure, targets, stages, phases, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return a copy with other phases */
    public Disruption withPhases(List<Phase> other) {
        return new Disruption(
                issuer, measure, targets, stages, other, announced, licensing, effective, instrument, quotaYearEnds);
    }

    /** @return a copy that is a licence with that process (a quota's year does not carry over) */
    public Disruption withLicensing(Licensing process) {
        return new Disruption(
                issuer,
                measure,
                targets,
                stages,
                phases,
                announced,
                Optional.of(process),
                effective,
                Instrument.LICENCE,
                Optional.empty());
    }

    /**
     * @param perspective the perspective country's code
     * @return whether the perspective country is a target
     */
    public boolean targets(String perspective) {
        return targets.isEmpty() || targets.contains("ALL") || targets.contains(perspective);
    }

    /** @return whether every destination is a target */
    public boolean targetsEveryone() {
        return targets.isEmpty() || targets.contains("ALL");
    }
}
