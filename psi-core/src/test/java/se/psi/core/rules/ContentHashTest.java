package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void sha256_gives_the_published_test_vector() {
    assertThat(ContentHash.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void canonical_json_sorts_keys_escapes_only_what_json_requires_and_hashes_its_utf8_bytes() {
    SortedMap<String, Object> content = new TreeMap<>();
    content.put("b", List.of("Örebro län", "\u0001"));
    content.put("a", "\"x");

    assertThat(ContentHash.canonicalJson(content)).isEqualTo("{\"a\":\"\\\"x\",\"b\":[\"Örebro län\",\"\\u0001\"]}");
    // The same text hashed by another tool (Python's hashlib over its UTF-8 bytes).
    assertThat(ContentHash.of(content))
        .isEqualTo("a6b10c215f2d6789fa49a2d7cf49df5f3f0856fddd89e90f7a6af27cfe9ea4a3");
  }

  @Test
  void a_map_without_a_fixed_order_has_no_canonical_form() {
    assertThatThrownBy(() -> ContentHash.of(new HashMap<>())).isInstanceOf(IllegalArgumentException.class);
  }
}
