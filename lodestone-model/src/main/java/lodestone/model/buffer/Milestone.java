package lodestone.model.buffer;

import java.time.LocalDate;
import lodestone.model.provenance.SourceId;

/**
 * One dated milestone of a stockpile or price floor, with the source that records it.
 *
 * @param date the day it happened (or, for an end, the last day in force)
 * @param source the source that gives the date
 * @param note detail, e.g. "EXIM board approval of the USD 10bn direct loan"
 */
public record Milestone(LocalDate date, SourceId source, String note) {}
