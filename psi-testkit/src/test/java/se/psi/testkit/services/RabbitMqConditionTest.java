package se.psi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class RabbitMqConditionTest {

  @Test
  void an_unreachable_broker_skips_with_the_reason() throws IOException {
    int closedPort = aPortNobodyListensOn();

    ConditionEvaluationResult result = RabbitMqCondition.evaluate("127.0.0.1", closedPort, false);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).hasValueSatisfying(reason ->
        assertThat(reason).contains("RabbitMQ does not answer at 127.0.0.1:" + closedPort)
            .contains("psi.requireServices"));
  }

  @Test
  void an_unreachable_broker_fails_when_services_are_required() throws IOException {
    int closedPort = aPortNobodyListensOn();

    assertThatThrownBy(() -> RabbitMqCondition.evaluate("127.0.0.1", closedPort, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("psi.requireServices=true");
  }

  @Test
  void a_listening_port_enables_the_test() throws IOException {
    try (ServerSocket listening = new ServerSocket(0)) {
      assertThat(RabbitMqCondition.evaluate("127.0.0.1", listening.getLocalPort(), true).isDisabled()).isFalse();
    }
  }

  private static int aPortNobodyListensOn() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
