package lodestone.app.cli;

/**
 * An option or a combination the command does not take (an option its chosen form or format would ignore): a usage
 * error, printed in one line with exit code 2, as picocli's own parameter errors are ({@link ParameterErrors}).
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
