package io.flowhex.adapter.rest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids in the gateway's form: an upper-case version-4 UUID. They identify a request in logs;
 * they are not secrets, so a fast thread-local generator serves.
 */
final class RequestIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        char[] out = new char[36];
        int at = 0;
        for (int i = 15; i >= 0; i--) {
            at = appendNibble(out, at, high, i);
            if (i == 8 || i == 4) {
                out[at++] = '-';
            }
        }
        out[at++] = '-';
        for (int i = 15; i >= 0; i--) {
            at = appendNibble(out, at, low, i);
            if (i == 12) {
                out[at++] = '-';
            }
        }
        return new String(out);
    }

    private static int appendNibble(char[] out, int at, long bits, int nibble) {
        out[at] = HEX[(int) (bits >>> (nibble * 4)) & 0xF];
        return at + 1;
    }
}
