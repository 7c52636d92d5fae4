package se.psi.testkit.services;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The JUnit condition behind {@link RequiresRabbitMq}. */
public final class RabbitMqCondition implements ExecutionCondition {

  public static String host() {
    return TestServices.setting("psi.test.rabbitmq.host", "PSI_TEST_RABBITMQ_HOST", "127.0.0.1");
  }

  public static int port() {
    return Integer.parseInt(TestServices.setting("psi.test.rabbitmq.port", "PSI_TEST_RABBITMQ_PORT", "5672"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return evaluate(host(), port(), TestServices.servicesRequired());
  }

  /** Enabled when the broker answers; disabled with the reason, or a failure when services are required. */
  static ConditionEvaluationResult evaluate(String host, int port, boolean required) {
    if (TestServices.reachable(host, port)) {
      return ConditionEvaluationResult.enabled("RabbitMQ answers at " + host + ":" + port);
    }
    String reason = "RabbitMQ does not answer at " + host + ":" + port;
    if (required) {
      throw new IllegalStateException(reason + " and " + TestServices.REQUIRE_SERVICES + "=true: start the broker"
          + " (rabbitmq-server -detached) or point PSI_TEST_RABBITMQ_HOST/PORT at one");
    }
    return ConditionEvaluationResult.disabled(reason + "; skipped (set " + TestServices.REQUIRE_SERVICES
        + "=true to fail instead)");
  }
}
