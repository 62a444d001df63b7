package lodestone.app.cli;

import java.time.Clock;

/** The clock the commands use for "today"; one place, so tests and future server code can see where time enters. */
final class Clocks {
    static final Clock SYSTEM = Clock.systemUTC();

    private Clocks() {}
}
