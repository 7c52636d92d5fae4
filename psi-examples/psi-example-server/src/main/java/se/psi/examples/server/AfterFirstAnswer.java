package se.psi.examples.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Runs work the server can do without once its first answer has gone out, such as building the OpenAPI document:
 * on a machine of few cores, work begun during the start competes with the start for them.
 */
final class AfterFirstAnswer implements ApplicationEventListener {

  private final Runnable work;
  private final AtomicBoolean started = new AtomicBoolean();

  AfterFirstAnswer(Runnable work) {
    this.work = work;
  }

  @Override
  public void onEvent(ApplicationEvent event) {
    // Nothing to do when the application starts or stops: only the first request counts.
  }

  @Override
  public RequestEventListener onRequest(RequestEvent requestEvent) {
    if (started.get()) {
      return null;
    }
    return event -> {
      if (event.getType() == RequestEvent.Type.FINISHED && started.compareAndSet(false, true)) {
        work.run();
      }
    };
  }
}
