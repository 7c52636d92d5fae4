package se.psi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@RequiresRabbitMq
class RequiresRabbitMqTest {

  @Test
  void the_broker_behind_the_gate_speaks_amqp() throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(RabbitMqCondition.host());
    factory.setPort(RabbitMqCondition.port());
    try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
      String queue = channel.queueDeclare().getQueue();
      channel.basicPublish("", queue, null, "hej".getBytes(StandardCharsets.UTF_8));

      GetResponse response = channel.basicGet(queue, true);
      for (int attempt = 0; response == null && attempt < 100; attempt++) {
        response = channel.basicGet(queue, true);
      }

      assertThat(response).isNotNull();
      assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).isEqualTo("hej");
    }
  }
}
