package lodestone.report.table;

/** A result whose CSV form is one table of rows. */
public interface Tabular {
    /** @return the rows CSV prints, with their columns */
    Table<?> table();
}
