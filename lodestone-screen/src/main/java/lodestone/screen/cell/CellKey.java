package lodestone.screen.cell;

import java.math.BigDecimal;
import lodestone.model.mineral.MineralId;

/**
 * The identity of a cell: which supplier cuts which perspective country's supply of which mineral, how hard, for how
 * long, and with which response package.
 *
 * @param perspective the perspective country (ISO 3166-1 alpha-2)
 * @param mineral the mineral
 * @param supplier the supplier that disrupts (ISO 3166-1 alpha-2)
 * @param severity share of the supplier's exports withheld, a fraction in [0, 1]
 * @param durationMonths length of the disruption, months (&gt; 0)
 * @param response the id of the response package
 */
public record CellKey(
        String perspective,
        MineralId mineral,
        String supplier,
        double severity,
        double durationMonths,
        String response) {
    public CellKey {
        if (!(severity >= 0 && severity <= 1) || !(durationMonths > 0) || Double.isInfinite(durationMonths)) {
            throw new IllegalArgumentException("cell " + perspective + "/" + mineral + "/" + supplier + " (severity "
                    + severity + ", duration " + durationMonths + " months) must have severity in [0, 1] and a"
                    + " finite duration > 0.");
        }
    }

    /**
     * The cell's id, unique within a screen and the same on every machine: {@code
     * perspective/mineral/supplier/s<severity>/d<months>/<response>}, numbers in their shortest plain decimal form,
     * e.g. {@code US/gallium/CN/s0.5/d12/stocks}.
     *
     * @return the id
     */
    public String id() {
        return perspective + "/" + mineral.value() + "/" + supplier + "/s" + plain(severity) + "/d"
                + plain(durationMonths) + "/" + response;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
