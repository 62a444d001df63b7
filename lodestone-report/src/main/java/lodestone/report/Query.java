package lodestone.report;

/**
 * One question, with its parameters as the user gave them. Queries are records: equal parameters make equal queries,
 * so a face may cache answers by query.
 *
 * @param <R> the result record
 */
@FunctionalInterface
public interface Query<R> {
    /**
     * @param context the knowledge and the date taken as today
     * @return the answer
     * @throws QueryException if a parameter names nothing known, is out of range, or the knowledge lacks the figures
     */
    R answer(ReportContext context);
}
