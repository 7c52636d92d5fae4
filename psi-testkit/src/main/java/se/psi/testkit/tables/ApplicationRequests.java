package se.psi.testkit.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;

/**
 * An application in the web API's request format, read into the command the API would send: the same fields, and
 * an absent part (no board decision, no contact person) absent here too. Read by hand rather than bound, so that
 * the testkit needs no JSON modules beyond Jackson's core.
 */
final class ApplicationRequests {

  private ApplicationRequests() {}

  static ApplyForMembershipCommand command(Actor applicant, JsonNode request) {
    return new ApplyForMembershipCommand(applicant, organisation(request.path("organisation")),
        boardDecision(request.path("boardDecision")), contactPerson(request.path("contactPerson")),
        text(request, "politicalAssembly"),
        request.hasNonNull("engagement") ? EngagementLevel.valueOf(request.get("engagement").asText()) : null);
  }

  private static OrganisationDetails organisation(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : new OrganisationDetails(text(node, "organisationNumber"),
        text(node, "name"), node.hasNonNull("kind") ? OrganisationKind.valueOf(node.get("kind").asText()) : null,
        node.hasNonNull("municipality") ? Municipality.valueOf(node.get("municipality").asText()) : null);
  }

  private static BoardDecisionDetails boardDecision(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : new BoardDecisionDetails(
        node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null, text(node, "body"),
        text(node, "reference"));
  }

  private static ContactPersonDetails contactPerson(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : new ContactPersonDetails(text(node, "name"),
        text(node, "role"), text(node, "email"), text(node, "phone"), node.path("official").asBoolean(false));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
