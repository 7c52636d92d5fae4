package se.psi.core.meeting.application;

import com.google.inject.AbstractModule;
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

/** Wires the meeting use cases (AU-5, MTG-1..4). Needs Meetings and PresentationObligations. */
public final class MeetingModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(PlanMeetingUseCase.class).to(PlanMeetingService.class);
    bind(FindMeetingsUseCase.class).to(FindMeetingsService.class);
    bind(GetMeetingUseCase.class).to(GetMeetingService.class);
    bind(MeetingYearUseCase.class).to(MeetingYearService.class);
    bind(PrepareMeetingUseCase.class).to(PrepareMeetingService.class);
    bind(RegisterForMeetingUseCase.class).to(RegisterForMeetingService.class);
    bind(HoldMeetingUseCase.class).to(HoldMeetingService.class);
    bind(CancelMeetingUseCase.class).to(CancelMeetingService.class);
    bind(OwePresentationUseCase.class).to(OwePresentationService.class);
    bind(SchedulePresentationUseCase.class).to(SchedulePresentationService.class);
    bind(FulfilPresentationUseCase.class).to(FulfilPresentationService.class);
    bind(FindPresentationsUseCase.class).to(FindPresentationsService.class);
  }
}
