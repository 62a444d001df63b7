package lodestone.app.cli;

/** A failure explained to the user in one message, with exit code 1. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
