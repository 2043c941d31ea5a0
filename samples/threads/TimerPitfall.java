// java.util.Timer runs every task on one thread. One task that throws ends that thread: the Timer
// drops the tasks it still had, and schedule() refuses new ones. A ScheduledExecutorService keeps
// going: the failure stays in that one task's Future.
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.*;

static TimerTask timerTask(Runnable body) {
    return new TimerTask() { @Override public void run() { body.run(); } };
}

void main() throws Exception {
    var timer = new Timer("reminders");         // its one thread gets this name
    var laterRan = new CountDownLatch(1);
    var timerThread = new CompletableFuture<Thread>();
    timer.schedule(timerTask(laterRan::countDown), 100);           // due in 100 ms
    timer.schedule(timerTask(() -> {                               // due in 10 ms
        timerThread.complete(Thread.currentThread());
        throw new IllegalStateException("mail server down");
    }), 10);
    timerThread.get().join();                   // the Timer's thread has died (see stderr)
    IO.println("Timer: the later task ran: " + laterRan.await(200, TimeUnit.MILLISECONDS));
    try {
        timer.schedule(timerTask(() -> {}), 10);
    } catch (IllegalStateException e) {
        IO.println("Timer: schedule() threw IllegalStateException: " + e.getMessage());
    }

    try (var scheduler = Executors.newScheduledThreadPool(1)) {
        var later = scheduler.schedule(() -> "ran", 100, TimeUnit.MILLISECONDS);
        var failing = scheduler.schedule(() -> {
            throw new IllegalStateException("mail server down");
        }, 10, TimeUnit.MILLISECONDS);
        try {
            failing.get();
        } catch (ExecutionException e) {
            IO.println("scheduler: the failing task's get() threw, cause: " + e.getCause());
        }
        IO.println("scheduler: the later task " + later.get());
        IO.println("scheduler: a new task " + scheduler.schedule(() -> "ran", 10,
                TimeUnit.MILLISECONDS).get());
    }
}
