// The four RejectedExecutionHandlers of ThreadPoolExecutor, on a saturated pool: one thread, busy,
// and a queue of one, full. Tasks 3 and 4 arrive when there is no room for them.
import java.util.*;
import java.util.concurrent.*;

static String row(RejectedExecutionHandler handler) throws Exception {
    var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), handler);
    var ran = new ConcurrentSkipListMap<Integer, String>();  // task -> thread that ran it
    var started = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var futures = new TreeMap<Integer, Future<?>>();
    var callerSaw = new ArrayList<String>();
    for (int task = 1; task <= 4; task++) {
        int id = task;
        try {
            futures.put(id, pool.submit(() -> {
                ran.put(id, Thread.currentThread().getName());
                if (id == 1) {                   // task 1 keeps the only thread busy
                    started.countDown();
                    release.await();
                }
                return null;
            }));
        } catch (RejectedExecutionException e) {
            callerSaw.add(e.getClass().getSimpleName());
        }
        if (id == 1) started.await();            // task 1 runs; task 2 will wait in the queue
    }
    release.countDown();
    pool.close();                                // waits for every task the pool still holds

    var neverDone = new ArrayList<Integer>();
    futures.forEach((id, f) -> { if (!f.isDone()) neverDone.add(id); });
    var onCaller = new ArrayList<Integer>();
    ran.forEach((id, thread) -> { if (thread.equals("main")) onCaller.add(id); });
    return "| %s | %s | %s | %s | %s |".formatted(handler.getClass().getSimpleName(),
            callerSaw.isEmpty() ? "nothing" : String.join(", ", callerSaw),
            join(ran.keySet()), join(onCaller), join(neverDone));
}

static String join(Collection<Integer> ids) {
    if (ids.isEmpty()) return "none";
    return "tasks " + String.join(" ", ids.stream().map(String::valueOf).toList());
}

void main() throws Exception {
    IO.println("| handler | the submitter saw | ran | ran on the submitter | futures never done |");
    IO.println("|---|---|---|---|---|");
    IO.println(row(new ThreadPoolExecutor.AbortPolicy()));
    IO.println(row(new ThreadPoolExecutor.CallerRunsPolicy()));
    IO.println(row(new ThreadPoolExecutor.DiscardPolicy()));
    IO.println(row(new ThreadPoolExecutor.DiscardOldestPolicy()));
}
