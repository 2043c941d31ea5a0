// ConcurrentSkipListMap: a sorted, navigable map that many threads can update at once. Four
// threads each add one unit at every price from 9,000 to 9,999, with merge(), while a fifth
// thread walks the map. Afterwards the map answers ordered questions: lowest and highest
// price, the next price above one, a range of prices, and "take the lowest".
import java.util.ArrayList;
import java.util.concurrent.ConcurrentSkipListMap;

static final int THREADS = 4, LOW = 9_000, HIGH = 10_000;

void main() throws InterruptedException {
    var book = new ConcurrentSkipListMap<Integer, Long>(); // price -> quantity
    var writers = new ArrayList<Thread>();
    for (int t = 0; t < THREADS; t++) {
        int offset = t * 250; // each thread starts at a different price, then wraps around
        writers.add(Thread.ofPlatform().start(() -> {
            for (int i = 0; i < HIGH - LOW; i++) {
                int price = LOW + (offset + i) % (HIGH - LOW);
                book.merge(price, 1L, Long::sum); // atomic per key; may call Long::sum again
            }
        }));
    }
    // Meanwhile, walk the map: no ConcurrentModificationException, keys always ascending.
    boolean ascending = true;
    for (int walks = 0; walks < 20; walks++) {
        int previous = Integer.MIN_VALUE;
        for (int price : book.keySet()) {
            ascending &= price > previous;
            previous = price;
        }
    }
    for (var writer : writers) writer.join();

    IO.println("walks during the updates saw keys in ascending order: " + ascending);
    IO.println("price levels: " + book.size());
    IO.println("total quantity: " + book.values().stream().mapToLong(Long::longValue).sum());
    IO.println("every level holds " + THREADS + ": "
            + book.values().stream().allMatch(q -> q == THREADS));
    IO.println("lowest and highest price: " + book.firstKey() + ", " + book.lastKey());
    IO.println("next price above 9500: " + book.higherKey(9_500));
    IO.println("prices from 9995 up: " + book.tailMap(9_995).keySet());
    IO.println("three highest: " + book.descendingMap().keySet().stream().limit(3).toList());
    IO.println("taken first: " + book.pollFirstEntry() + ", now lowest: " + book.firstKey());
}
