package jp.member.demo;

import java.io.Writer;

/** Counts CRLF line ends written to it and keeps nothing, so bulk tests need no memory for the text. */
final class LineCounter extends Writer {

    private long lines;
    private char previous;

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (previous == '\r' && buffer[i] == '\n') {
                lines++;
            }
            previous = buffer[i];
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    long lines() {
        return lines;
    }
}
