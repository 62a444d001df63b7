package lodestone.report.risk;

import java.util.List;
import lodestone.report.ClasspathText;
import lodestone.risk.eu.EuInputs;

/** The curated EU 2023 inputs the annex lacks (IR, EOL-RIR, SI), bundled with lodestone-risk and read once. */
public final class EuMethodInputs {
    private static final List<EuInputs> ALL = EuInputs.parse(ClasspathText.read(EuInputs.class, EuInputs.RESOURCE));

    private EuMethodInputs() {}

    /** @return every curated row */
    public static List<EuInputs> all() {
        return ALL;
    }
}
