package se.psi.core.meeting.application;

import com.google.inject.AbstractModule;
import se.psi.core.meeting.port.in.MeetingUseCases;
import se.psi.core.meeting.port.in.PresentationUseCases;

/** Wires the meeting use cases (AU-5, MTG-1..4). Needs Meetings and PresentationObligations. */
public final class MeetingModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(MeetingUseCases.PlanMeetingUseCase.class).to(PlanMeetingService.class);
    bind(MeetingUseCases.FindMeetingsUseCase.class).to(PlanMeetingService.class);
    bind(MeetingUseCases.MeetingYearUseCase.class).to(PlanMeetingService.class);
    bind(MeetingUseCases.PrepareMeetingUseCase.class).to(MeetingServices.class);
    bind(MeetingUseCases.RegisterForMeetingUseCase.class).to(MeetingServices.class);
    bind(MeetingUseCases.HoldMeetingUseCase.class).to(MeetingServices.class);
    bind(MeetingUseCases.CancelMeetingUseCase.class).to(MeetingServices.class);
    bind(PresentationUseCases.OwePresentationUseCase.class).to(PresentationService.class);
    bind(PresentationUseCases.SchedulePresentationUseCase.class).to(PresentationService.class);
    bind(PresentationUseCases.FulfilPresentationUseCase.class).to(PresentationService.class);
    bind(PresentationUseCases.FindPresentationsUseCase.class).to(PresentationService.class);
  }
}
