package lodestone.report.table;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a record component appears as a column ({@link Columns#of}), where the defaults do not fit: by default its CSV
 * header is its name in snake_case, its table title its name in capitals, and its text the value as it is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Cell {
    /** @return the table title, or "" for the default */
    String value() default "";

    /** @return the CSV header, or "" for the default */
    String csv() default "";

    /** @return how the table shows the value */
    Style style() default Style.TEXT;

    /**
     * @return the unit of a numeric component, shown in the table header ({@code "%"}, {@code "t"}, {@code "months"});
     *     "" for text. A {@link Style#PERCENT} column is in percent unless it says otherwise.
     */
    String unit() default "";

    /** @return why a numeric component needs no unit (a rank, a code, a line number); "" if it has a unit or is text */
    String dimensionless() default "";

    /** @return false if the table leaves the column out (CSV only) */
    boolean table() default true;

    /** How a value is shown in the table; CSV always carries the raw value. */
    enum Style {
        /** As it is; lists joined by ", ". */
        TEXT,
        /** A fraction as a percentage with one decimal. */
        PERCENT,
        /** A number with thousands separators, three significant digits below 100. */
        QUANTITY,
        /** A number with two decimals. */
        TWO_DECIMALS
    }
}
