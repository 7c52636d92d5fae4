package se.psi.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

  @Test
  void reads_every_setting_from_properties_in_iso_or_milliseconds() {
    Properties properties = new Properties();
    properties.setProperty("psi.relay.batch-size", "200");
    properties.setProperty("psi.relay.poll-interval", "250");
    properties.setProperty("psi.relay.max-backoff", "PT2M");
    properties.setProperty("psi.relay.lease-duration", "PT45S");
    properties.setProperty("psi.relay.holder", "node-a");

    RelaySettings settings = RelaySettings.fromProperties(properties);

    assertThat(settings).isEqualTo(new RelaySettings(200, Duration.ofMillis(250), Duration.ofMinutes(2),
        Duration.ofSeconds(45), "node-a"));
  }

  @Test
  void missing_properties_keep_their_defaults() {
    assertThat(RelaySettings.fromProperties(new Properties())).isEqualTo(RelaySettings.DEFAULTS);
  }

  @Test
  void every_bad_setting_is_named_at_once() {
    assertThatThrownBy(() -> new RelaySettings(0, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("psi.relay.batch-size")
        .hasMessageContaining("psi.relay.poll-interval")
        .hasMessageContaining("psi.relay.max-backoff")
        .hasMessageContaining("psi.relay.holder");
  }

  @Test
  void an_unreadable_duration_names_its_key_and_value() {
    Properties properties = new Properties();
    properties.setProperty("psi.relay.poll-interval", "soon");

    assertThatThrownBy(() -> RelaySettings.fromProperties(properties))
        .hasMessageContaining("psi.relay.poll-interval").hasMessageContaining("soon");
  }
}
