package se.psi.examples.server;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A server's log as a test reads it: lines kept as written, and a wait for the line a test expects. */
final class LogLines extends OutputStream {

  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private byte[] pending = new byte[0];

  PrintStream stream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    byte[] all = new byte[pending.length + length];
    System.arraycopy(pending, 0, all, 0, pending.length);
    System.arraycopy(bytes, offset, all, pending.length, length);
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        line.append(new String(all, start, i - start, StandardCharsets.UTF_8));
        lines.add(line.toString());
        line.setLength(0);
        start = i + 1;
      }
    }
    pending = java.util.Arrays.copyOfRange(all, start, all.length);
    notifyAll();
  }

  /** The lines so far. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Waits until a line matches, at most {@code timeout}; the lines then, whether one matched or not. */
  synchronized List<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines.stream().noneMatch(wanted)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(lines);
  }
}
