package lodestone.sim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
 * @param instrument what the measure is: a licence (with {@code licensing}), a ban or a tonnage quota (without it)
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
        if (licensing.isPresent() != (instrument == Instrument.LICENCE)) {
            throw new IllegalArgumentException("disruption by " + issuer + " is a " + instrument.id()
                    + (licensing.isPresent()
                            ? " but has a licensing block: only a licence is decided application by application."
                            : ": a licence needs a licensing block (its lag and expected grant)."));
        }
        if (quotaYearEnds.isPresent() && instrument != Instrument.QUOTA) {
            throw new IllegalArgumentException(
                    "disruption by " + issuer + " is a " + instrument.id() + ": only a quota has a quota year.");
        }
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
