/**
 * The EU criticality method (European Commission 2017 guidelines, used for the 2017, 2020 and 2023 lists): the
 * supply risk (HHI weighted by governance and the trade variable t, global and EU-sourcing concentration blended by
 * import reliance, reduced by end-of-life recycling and substitution), its recomputation for 2023 against the
 * published values, a policy-adjusted variant in which t reflects the trade measures in force on a date, and list
 * membership from the published SR and EI. See {@code docs/methods/eu-supply-risk.md}. Pure functions over the model.
 */
@NullMarked
package lodestone.risk.eu;

import org.jspecify.annotations.NullMarked;
