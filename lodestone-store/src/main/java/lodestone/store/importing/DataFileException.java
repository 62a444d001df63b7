package lodestone.store.importing;

import org.jspecify.annotations.Nullable;

/** A file that cannot be read or parsed at all; names the file and, where known, the line. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the file
     * @param line the 1-based line, or 0 if unknown
     * @param message what is wrong (an underlying exception's message, which may be null)
     * @param cause the underlying failure, may be null
     */
    public DataFileException(String file, long line, @Nullable String message, @Nullable Throwable cause) {
        super("unable to read " + file + (line > 0 ? ":" + line : "") + ": " + message, cause);
    }
}
