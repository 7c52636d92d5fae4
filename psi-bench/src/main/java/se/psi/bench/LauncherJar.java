package se.psi.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A jar holding only a manifest, so that a class of this module starts with {@code java -jar}, as the example
 * server does: its {@code Main-Class}, and this JVM's class path as its {@code Class-Path}.
 */
final class LauncherJar {

  private LauncherJar() {}

  static Path write(Path jar, String mainClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath()));
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    }
  }

  /**
   * This JVM's class path as URLs, opened one level where it is itself a manifest-only jar (as Surefire starts
   * tests), so that the launched program sees the same classes.
   */
  private static Set<String> classPath() throws IOException {
    Set<String> urls = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      urls.add(path.toUri().toString());
      if (Files.isRegularFile(path)) {
        try (JarFile jar = new JarFile(path.toFile())) {
          Manifest manifest = jar.getManifest();
          String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
          if (more != null) {
            for (String url : more.trim().split("\\s+")) {
              urls.add(path.toUri().resolve(url).toString());
            }
          }
        }
      }
    }
    return urls;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
