package se.psi.core.meeting.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.port.in.CancelMeetingUseCase;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.FindPresentationsUseCase;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.GetMeetingUseCase;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.PrepareMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;

/**
 * Builds the meeting use cases (AU-5, MTG-1..4) over the kernel, the meetings and presentation obligations, and the
 * ideas a meeting may take up.
 */
public final class MeetingWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(PlanMeetingUseCase.class, FindMeetingsUseCase.class,
      GetMeetingUseCase.class, MeetingYearUseCase.class, PrepareMeetingUseCase.class,
      RegisterForMeetingUseCase.class, HoldMeetingUseCase.class, CancelMeetingUseCase.class,
      OwePresentationUseCase.class, SchedulePresentationUseCase.class, FulfilPresentationUseCase.class,
      FindPresentationsUseCase.class);

  private MeetingWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, Meetings meetings,
      PresentationObligations obligations, Ideas ideas) {
    var boundary = kernel.boundary();
    var changes = new MeetingChanges(kernel.changes(), meetings);
    var presentations = new PresentationChanges(kernel.changes(), obligations);
    useCases
        .add(PlanMeetingUseCase.class, new PlanMeetingService(changes, kernel.ids(), ideas))
        .add(FindMeetingsUseCase.class, new FindMeetingsService(boundary, meetings))
        .add(GetMeetingUseCase.class, new GetMeetingService(changes))
        .add(MeetingYearUseCase.class, new MeetingYearService(boundary, meetings, kernel.today()))
        .add(PrepareMeetingUseCase.class, new PrepareMeetingService(changes))
        .add(RegisterForMeetingUseCase.class, new RegisterForMeetingService(changes, kernel.ids()))
        .add(HoldMeetingUseCase.class, new HoldMeetingService(changes))
        .add(CancelMeetingUseCase.class, new CancelMeetingService(changes))
        .add(OwePresentationUseCase.class, new OwePresentationService(presentations))
        .add(SchedulePresentationUseCase.class, new SchedulePresentationService(presentations, meetings))
        .add(FulfilPresentationUseCase.class, new FulfilPresentationService(presentations, meetings))
        .add(FindPresentationsUseCase.class, new FindPresentationsService(obligations));
  }
}
