package se.psi.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.cfg.JakartaRSFeature;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.psi.adapters.web.http.AnonymousWriteLimitFilter;
import se.psi.adapters.web.http.BodyLimitFilter;
import se.psi.adapters.web.http.CallerFilter;
import se.psi.adapters.web.http.CorsFilter;
import se.psi.adapters.web.http.SecurityHeadersFilter;
import se.psi.adapters.web.json.WebJson;
import se.psi.adapters.web.problem.ProblemMappers;
import se.psi.adapters.web.resource.ApiResources;
import se.psi.adapters.web.resource.Call;
import se.psi.adapters.web.resource.OpenApiResource;
import se.psi.core.PsiCore;

/**
 * The JSON API as a Jakarta REST {@link Application}: host it in any runtime (Jersey, RESTEasy ...), e.g.
 * {@code GrizzlyHttpServerFactory.createHttpServer(uri, ResourceConfig.forApplication(web))}.
 *
 * <pre>{@code
 * Application web = PsiWeb.builder()
 *     .core(core)
 *     .callerIdentity(request -> myAuthentication.actorOf(request))
 *     .build();
 * }</pre>
 */
public final class PsiWeb extends Application {

  private final Set<Object> singletons;

  private PsiWeb(Set<Object> singletons) {
    this.singletons = singletons;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }

  /**
   * Starts building the OpenAPI document on a thread of its own, for a host to call once its start is over (after
   * its first answer, say): without it, the first request for {@code /api/v1/openapi.json} builds the document and
   * waits for it, which takes longer than the rest of a server's start-up.
   */
  public void prepareOpenApiDocument() {
    OpenApiResource.prepare();
  }

  /** The core is required; without a {@link CallerIdentity} every caller is anonymous. */
  public static final class Builder {
    private PsiCore core;
    private CallerIdentity callerIdentity = CallerIdentity.anonymousOnly();
    private WebLimits limits = WebLimits.DEFAULTS;
    private Cors cors = Cors.none();
    private AnonymousWriteLimit anonymousWrites;

    private Builder() {}

    public Builder core(PsiCore core) {
      this.core = Objects.requireNonNull(core);
      return this;
    }

    public Builder callerIdentity(CallerIdentity callerIdentity) {
      this.callerIdentity = Objects.requireNonNull(callerIdentity);
      return this;
    }

    public Builder limits(WebLimits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    public Builder cors(Cors cors) {
      this.cors = Objects.requireNonNull(cors);
      return this;
    }

    /** Limits anonymous changes per client address (none by default: a host often limits at its edge). */
    public Builder anonymousWrites(AnonymousWriteLimit limit) {
      this.anonymousWrites = Objects.requireNonNull(limit);
      return this;
    }

    public PsiWeb build() {
      Objects.requireNonNull(core, "core");
      ObjectMapper mapper = WebJson.mapper(limits);
      Call call = new Call();
      List<Object> resources = ApiResources.all(core, limits, call);
      Set<Object> singletons = new java.util.LinkedHashSet<>(resources);
      singletons.add(call);
      JacksonJsonProvider json = new JacksonJsonProvider(mapper);
      // The provider's endpoint cache is keyed by the resource method's annotations, and hashing our OpenAPI
      // annotations on every response cost more than building the writer afresh (measured in psi-bench).
      json.disable(JakartaRSFeature.CACHE_ENDPOINT_WRITERS);
      json.disable(JakartaRSFeature.CACHE_ENDPOINT_READERS);
      singletons.add(json);
      singletons.add(new BodyLimitFilter(limits));
      singletons.add(new CallerFilter(callerIdentity));
      singletons.add(new CorsFilter(cors));
      if (anonymousWrites != null) {
        singletons.add(new AnonymousWriteLimitFilter(anonymousWrites));
      }
      singletons.add(new SecurityHeadersFilter());
      singletons.add(new ProblemMappers.WebErrors(limits));
      singletons.add(new ProblemMappers.JsonErrors(limits));
      singletons.add(new ProblemMappers.Unexpected());
      singletons.add(new OpenApiResource());
      return new PsiWeb(Set.copyOf(singletons));
    }
  }
}
