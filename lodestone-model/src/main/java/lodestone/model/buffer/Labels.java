package lodestone.model.buffer;

/** What the buffer records' labels share. */
final class Labels {
    private Labels() {}

    /**
     * @param value a figure
     * @return the figure as a label writes it: a whole number without a decimal point ("60", "1000"), any other as
     *     Java prints a double ("2.5")
     */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
