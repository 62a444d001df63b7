/**
 * The USGS supply-risk method of the 2021 review of the U.S. List of Critical Minerals (Nassar and Fortier, USGS
 * Open-File Report 2021-1045, doi:10.3133/ofr20211045, after Nassar and others, Science Advances 2020), reproduced
 * openly: supply risk as the geometric mean of disruption potential (production concentration weighted by the
 * producers' ability to supply, here their governance), trade exposure (net import reliance) and economic
 * vulnerability (here the value of U.S. apparent consumption on a log scale), averaged over the latest data years with
 * more weight on recent ones; 0.40 is the published threshold. {@link lodestone.risk.usgs.UsgsSupplyRisk} is the
 * arithmetic over plain inputs ({@link lodestone.risk.usgs.UsgsInputs}); {@link
 * lodestone.risk.usgs.UsgsSnapshotInputs} reads them from a snapshot. What is confirmed, reconstructed and assumed
 * is in {@code docs/methods/usgs-supply-risk.md}. Pure functions; fractions in [0, 1], money in US dollars.
 */
@NullMarked
package lodestone.risk.usgs;

import org.jspecify.annotations.NullMarked;
