package se.psi.testkit.usecases;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.psi.testkit.tables.MembershipRuleTable;

/**
 * The membership rules' test tables (src/test/resources/rule-tables): each example, on its own date, through the
 * core. A table holds its own dates on purpose: it shows a rule under the rulesets it changes with (MEM-1 and MEM-6
 * under the 2016 agreement and the 2021 plan).
 */
class MembershipRuleTablesTest {

  @TestFactory
  Stream<DynamicTest> MEM_1_who_can_be_a_party() {
    return table("MEM-1");
  }

  @TestFactory
  Stream<DynamicTest> MEM_4_the_board_has_decided_to_join() {
    return table("MEM-4");
  }

  @TestFactory
  Stream<DynamicTest> MEM_5_a_contact_person_is_named() {
    return table("MEM-5");
  }

  @TestFactory
  Stream<DynamicTest> MEM_6_a_municipality_s_duties_under_the_2016_agreement() {
    return table("MEM-6");
  }

  private Stream<DynamicTest> table(String rule) {
    return MembershipRuleTable.run(getClass().getResourceAsStream("/rule-tables/" + rule + ".json"));
  }
}
