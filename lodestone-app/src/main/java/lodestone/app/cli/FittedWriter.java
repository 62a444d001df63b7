package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer a text form prints to: it knows the width tables are fitted to ({@link Output#table}) and wraps every
 * longer line of prose ({@link TextLayout#wrap}) as it passes to the terminal. With {@link TextLayout#UNLIMITED} it
 * passes everything as it is ({@code --wide}).
 */
final class FittedWriter extends PrintWriter {
    private final int width;

    /**
     * @param target where the lines go
     * @param width the widest a line may be
     */
    FittedWriter(PrintWriter target, int width) {
        super(new Lines(target, width), true);
        this.width = width;
    }

    /** @return the widest a line may be */
    int width() {
        return width;
    }

    /** Collects characters up to each line break and writes the line wrapped. */
    private static final class Lines extends Writer {
        private final PrintWriter target;
        private final int width;
        private final StringBuilder line = new StringBuilder();

        Lines(PrintWriter target, int width) {
            this.target = target;
            this.width = width;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                    String text = line.toString();
                    String ending = text.endsWith("\r") ? "\r\n" : "\n";
                    TextLayout.wrap(text.stripTrailing(), width).forEach(l -> target.write(l + ending));
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            if (line.length() > 0) {
                TextLayout.wrap(line.toString(), width).forEach(target::write);
                line.setLength(0);
            }
            target.flush();
        }
    }
}
