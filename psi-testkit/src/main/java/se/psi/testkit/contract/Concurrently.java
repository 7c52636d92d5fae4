package se.psi.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks at the same moment on their own threads and tells how many succeeded. */
public final class Concurrently {

  private Concurrently() {}

  /** Starts every task together (a latch, not a sleep) and waits for all; returns the number that did not throw. */
  public static int succeeded(List<Runnable> tasks) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          task.run();
          return null;
        }));
      }
      start.countDown();
      int ok = 0;
      for (Future<?> future : futures) {
        try {
          future.get(60, TimeUnit.SECONDS);
          ok++;
        } catch (java.util.concurrent.ExecutionException refused) {
          // Refused, as a stale write must be.
        } catch (java.util.concurrent.TimeoutException hung) {
          throw new AssertionError("a concurrent task did not finish within 60 s", hung);
        }
      }
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Starts every task together (a latch, not a sleep), waits for all and returns their results in the order given;
   * a task that throws fails the caller with its exception.
   */
  public static <T> List<T> results(List<Callable<T>> tasks) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException failed) {
          throw new AssertionError("a concurrent task failed", failed.getCause());
        } catch (java.util.concurrent.TimeoutException hung) {
          throw new AssertionError("a concurrent task did not finish within 60 s", hung);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
