package lodestone.report.risk;

import lodestone.risk.validation.RankingDiagnostics;

/**
 * A method's ranking compared with the published record.
 *
 * @param method the method
 * @param universe which minerals were ranked, in words
 * @param n how many
 * @param diagnostics the Spearman correlation with the EU 2023 supply risk and the agreement with each official list
 */
public record RiskDiagnostics(String method, String universe, int n, RankingDiagnostics diagnostics) {}
