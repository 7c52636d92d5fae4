package se.psi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One cold start: launch {@code java -jar} in a new process and time it to its first successful HTTP answer. */
final class FirstAnswer {

  /** Wall-clock seconds from launch to the answer, and the processor seconds the process had used by then. */
  record Timing(double seconds, double cpuSeconds) {}

  /** Only a process that hangs meets this; it is no measure of anything. */
  private static final long GIVE_UP_SECONDS = 600;

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private FirstAnswer() {}

  /** Starts {@code java [jvmOptions] -jar jar --port N} in {@code directory}. */
  static Timing time(List<String> jvmOptions, Path jar, Path directory, String listening, String path)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port)));
    ProcessBuilder launch = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    // As README.md runs it: an H2 file under ./data, the default JDBC settings, today's date.
    launch.environment().keySet().removeIf(name -> name.startsWith("PSI_"));
    long started = System.nanoTime();
    Process process = launch.start();
    try {
      // The server says when it listens; reading its output waits for that without polling.
      List<String> output = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> saidSo = new CompletableFuture<>();
      Thread reader = new Thread(() -> read(process, listening, output, saidSo), "psi-cold-start-output");
      reader.setDaemon(true);
      reader.start();
      saidSo.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
      HttpRequest first = HttpRequest.newBuilder(ColdStartLoad.local(port, path)).GET().build();
      while (true) {
        try {
          HttpResponse<Void> answer = CLIENT.send(first, HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            break;
          }
          throw new IllegalStateException(path + " answered " + answer.statusCode() + "; output: " + output);
        } catch (ConnectException notYet) {
          // said it listens but does not accept yet: ask again at once
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(jar + " ended before answering; output: " + output);
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
      return new Timing(seconds, cpu);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(jar + " did not say it listens", e);
    } finally {
      // Ctrl-C's way out, so the server closes its database as a user's would.
      process.destroy();
      if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static void read(Process process, String listening, List<String> output, CompletableFuture<Void> saidSo) {
    try (BufferedReader lines = process.inputReader()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        if (line.contains(listening)) {
          saidSo.complete(null);
        }
      }
      saidSo.completeExceptionally(new IllegalStateException("the process ended; output: " + output));
    } catch (IOException e) {
      saidSo.completeExceptionally(e);
    }
  }
}
