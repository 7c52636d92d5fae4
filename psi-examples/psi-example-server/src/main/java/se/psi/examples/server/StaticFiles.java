package se.psi.examples.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/**
 * The frontend's files, from the classpath folder {@code web/}. Every path the API has is matched before this one,
 * so an unknown API path still gets the API's problem document.
 */
@Path("/")
public final class StaticFiles {

  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
      "png", "image/png", "json", "application/json");

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  @GET
  public Response index() {
    return file("index.html");
  }

  @GET
  @Path("{file: [a-zA-Z0-9_-]+\\.[a-z]+}")
  public Response file(@PathParam("file") String file) {
    String extension = file.substring(file.lastIndexOf('.') + 1);
    InputStream content = StaticFiles.class.getResourceAsStream("/web/" + file);
    if (content == null || !TYPES.containsKey(extension)) {
      throw new NotFoundException();
    }
    // The frontend loads its own script, style and data only, and no other site may frame it (clickjacking).
    return Response.ok(content, TYPES.get(extension)).header("Cache-Control", "no-cache")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY).header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer").build();
  }
}
