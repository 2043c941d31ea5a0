// A data race that is not a race condition: String's lazily cached hash code, copied.
// Two threads call hashCode() on the same fresh keys at about the same time. Both may find the
// cache empty, and both compute and store the hash: conflicting plain accesses with no
// happens-before between them. The answer is right anyway: every thread computes the same value.
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

static final class Key {
    private final String name; // immutable state the hash is derived from
    private int hash;          // 0 means "not computed yet"; a plain field, written racily

    Key(String name) { this.name = name; }

    @Override public int hashCode() {
        int h = hash;          // read the field once: a second racy read could still see 0
        if (h == 0) {
            h = name.hashCode() | 1; // never 0 (String keeps a separate flag for a real 0)
            hash = h;          // an int write is atomic (JLS 17.7): readers see 0 or h, never a mix
        }
        return h;
    }
}

static final int KEYS = 200_000;

void main() throws InterruptedException {
    Key[] keys = new Key[KEYS];
    int[] expected = new int[KEYS];
    for (int i = 0; i < KEYS; i++) {
        keys[i] = new Key("key-" + i);
        expected[i] = new Key("key-" + i).hashCode(); // computed alone, on a copy
    }
    int[][] seen = new int[2][KEYS];
    Thread[] readers = new Thread[2];
    var go = new CountDownLatch(1);
    for (int t = 0; t < 2; t++) {
        int[] mine = seen[t];
        readers[t] = Thread.ofPlatform().start(() -> {
            try { go.await(); } catch (InterruptedException e) { return; }
            for (int i = 0; i < KEYS; i++) mine[i] = keys[i].hashCode();
        });
    }
    go.countDown(); // both threads start on the same keys at about the same time
    for (Thread reader : readers) reader.join(); // join: the results are visible to main
    long wrong = 0;
    for (int[] mine : seen) {
        for (int i = 0; i < KEYS; i++) if (mine[i] != expected[i]) wrong++;
    }
    IO.println("keys: " + KEYS + ", hashed by 2 threads");
    IO.println("same answer in both threads: " + Arrays.equals(seen[0], seen[1]));
    IO.println("wrong hash codes: " + wrong);
}
