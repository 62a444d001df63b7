package lodestone.store.db;

import org.jspecify.annotations.Nullable;

/** A failure of the embedded store that a user can act on: the file is locked, unreadable or from a newer version. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
