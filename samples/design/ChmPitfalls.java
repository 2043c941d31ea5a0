// Four ConcurrentHashMap pitfalls, each shown by a run: a mapping function that updates the
// map, null keys and values, size() while other threads update, and size() against
// mappingCount().
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

static void attempt(String what, Runnable action) {
    try {
        action.run();
        IO.println(what + ": no exception");
    } catch (RuntimeException e) {
        String message = e instanceof NullPointerException ? null : e.getMessage();
        IO.println(what + ": " + e.getClass().getSimpleName()
                + (message == null ? "" : " \"" + message + "\""));
    }
}

void main() throws InterruptedException {
    // 1. computeIfAbsent whose function adds another key. "AaAa" and "BBBB" have the same
    //    hashCode, so they land in the same bin, and the map detects the nested update.
    IO.println("hashCode of AaAa and BBBB: " + "AaAa".hashCode() + ", " + "BBBB".hashCode());
    var map = new ConcurrentHashMap<String, Integer>();
    attempt("computeIfAbsent that adds a key to the same bin", () ->
            map.computeIfAbsent("AaAa", k -> map.computeIfAbsent("BBBB", k2 -> 42)));
    // With keys in different bins it happens to work: the rule is broken all the same.
    var other = new ConcurrentHashMap<String, Integer>();
    attempt("computeIfAbsent that adds a key to another bin", () ->
            other.computeIfAbsent("a", k -> other.computeIfAbsent("b", k2 -> 42)));
    Map<String, Integer> plain = new HashMap<>();
    attempt("HashMap.computeIfAbsent that adds a key", () ->
            plain.computeIfAbsent("AaAa", k -> plain.computeIfAbsent("BBBB", k2 -> 42)));

    // 2. No nulls: get() returning null must mean "absent", with no second call to ask.
    attempt("put(key, null)", () -> map.put("key", null));
    attempt("get(null)", () -> map.get(null));

    // 3. size() while four threads each add 25,000 keys: a moving target, not a count.
    var growing = new ConcurrentHashMap<Integer, Boolean>();
    var writers = new ArrayList<Thread>();
    for (int t = 0; t < 4; t++) {
        int base = t * 25_000;
        writers.add(Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 25_000; i++) growing.put(base + i, true);
        }));
    }
    var sizesSeen = new TreeSet<Integer>();
    while (writers.stream().anyMatch(Thread::isAlive)) sizesSeen.add(growing.size());
    for (var writer : writers) writer.join();
    IO.println("size() while the writers ran, " + sizesSeen.size() + " different readings, from "
            + sizesSeen.first() + " to " + sizesSeen.last());
    IO.println("size() after the writers finished: " + growing.size());

    // 4. mappingCount() returns a long; size() is an int and stops at Integer.MAX_VALUE.
    IO.println("mappingCount(): " + growing.mappingCount());
}
