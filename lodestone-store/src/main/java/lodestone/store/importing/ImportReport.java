package lodestone.store.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one import, collected rather than thrown row by row. A report with any error means the
 * dataset is rejected as a whole and nothing is written. Mutable while a reader fills it; {@link #problems()} returns
 * a copy.
 */
public final class ImportReport {
    private final List<Problem> problems = new ArrayList<>();
    private int rowsRead;

    /** Records an error that rejects the dataset. */
    public void error(String file, long line, String field, String value, String message) {
        problems.add(new Problem(Severity.ERROR, file, line, field, value, message));
    }

    /** Records a warning: the row is kept with a caveat. */
    public void warning(String file, long line, String field, String value, String message) {
        problems.add(new Problem(Severity.WARNING, file, line, field, value, message));
    }

    /**
     * Runs a read, turning a file that cannot be read at all into an error of this report.
     *
     * @param read the read
     */
    public void guarded(Runnable read) {
        try {
            read.run();
        } catch (DataFileException e) {
            error("", 0, "", "", String.valueOf(e.getMessage()));
        }
    }

    /** Counts data rows read, for the summary. */
    public void countRow() {
        rowsRead++;
    }

    /** Adds every problem and row of another report. */
    public void addAll(ImportReport other) {
        problems.addAll(other.problems);
        rowsRead += other.rowsRead;
    }

    /** @return the data rows read */
    public int rowsRead() {
        return rowsRead;
    }

    /** @return true if any problem is an error */
    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
    }

    /** @return the problems in the order found */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** @return the errors only */
    public List<Problem> errors() {
        return problems.stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .toList();
    }

    /** @return the warnings only */
    public List<Problem> warnings() {
        return problems.stream()
                .filter(problem -> problem.severity() == Severity.WARNING)
                .toList();
    }
}
