package congkhai.render;

import java.util.Random;

/** Texts made of pieces drawn at random, for tests that hold a fast path to the code it replaced. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** Up to {@code maxPieces - 1} pieces, each drawn from {@code pieces}. */
    static String next(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxPieces);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
