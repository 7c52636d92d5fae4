package se.psi.core.meeting.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.port.in.MeetingUseCases;
import se.psi.core.meeting.port.in.PresentationUseCases;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;

/**
 * Builds the meeting use cases (AU-5, MTG-1..4) over the kernel, the meetings and presentation obligations, and the
 * ideas a meeting may take up.
 */
public final class MeetingWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(MeetingUseCases.PlanMeetingUseCase.class,
      MeetingUseCases.FindMeetingsUseCase.class, MeetingUseCases.MeetingYearUseCase.class,
      MeetingUseCases.PrepareMeetingUseCase.class, MeetingUseCases.RegisterForMeetingUseCase.class,
      MeetingUseCases.HoldMeetingUseCase.class, MeetingUseCases.CancelMeetingUseCase.class,
      PresentationUseCases.OwePresentationUseCase.class, PresentationUseCases.SchedulePresentationUseCase.class,
      PresentationUseCases.FulfilPresentationUseCase.class, PresentationUseCases.FindPresentationsUseCase.class);

  private MeetingWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, Meetings meetings,
      PresentationObligations obligations, Ideas ideas) {
    var planning = new PlanMeetingService(kernel.boundary(), meetings, kernel.today(), kernel.ids(), kernel.clock(),
        ideas);
    var meeting = new MeetingServices(new MeetingChanges(kernel.changes(), meetings), kernel.ids());
    var presentations = new PresentationService(kernel.boundary(), obligations, meetings, kernel.today(),
        kernel.ids(), kernel.clock());
    useCases
        .add(MeetingUseCases.PlanMeetingUseCase.class, planning)
        .add(MeetingUseCases.FindMeetingsUseCase.class, planning)
        .add(MeetingUseCases.MeetingYearUseCase.class, planning)
        .add(MeetingUseCases.PrepareMeetingUseCase.class, meeting)
        .add(MeetingUseCases.RegisterForMeetingUseCase.class, meeting)
        .add(MeetingUseCases.HoldMeetingUseCase.class, meeting)
        .add(MeetingUseCases.CancelMeetingUseCase.class, meeting)
        .add(PresentationUseCases.OwePresentationUseCase.class, presentations)
        .add(PresentationUseCases.SchedulePresentationUseCase.class, presentations)
        .add(PresentationUseCases.FulfilPresentationUseCase.class, presentations)
        .add(PresentationUseCases.FindPresentationsUseCase.class, presentations);
  }
}
