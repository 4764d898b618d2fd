import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccompanimentView,
  AppointmentDetails,
  AppointmentStatus,
  AppointmentView,
  CalendarSubscription,
  CheckInView,
  GoalCategory,
  GoalStatus,
  GoalView,
  NoteVersionView,
  NoteView,
  NoteVisibility,
  PlanView,
  StepOwner,
  StepView,
  SupportLevel,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { pageParams } from './journeys-api';

/** A new appointment, and her accompaniment booked with it (both saved, or neither). */
export interface NewAppointmentInput extends AppointmentDetails {
  accompaniment?: AccompanimentInput;
}

/** What can be changed on an appointment besides its time (which goes through reschedule). */
export interface AppointmentChanges extends Partial<AppointmentDetails> {
  status?: AppointmentStatus;
  preparation?: string | null;
  outcome?: string | null;
}

export interface AccompanimentInput {
  advocateIds: string[];
  supportLevel: SupportLevel;
  timeSpentMinutes: number | null;
  debrief: string | null;
}

/** Appointments and accompaniment, plan, check-ins, notes and the calendar subscription. */
@Injectable({ providedIn: 'root' })
export class JourneyWorkApi {
  private readonly http = inject(HttpClient);

  appointments(journeyId: string, cursor?: string | null): Observable<Page<AppointmentView>> {
    return this.http.get<Page<AppointmentView>>(`/api/journeys/${journeyId}/appointments`, { params: pageParams(cursor, { limit: '100' }) });
  }

  createAppointment(journeyId: string, input: NewAppointmentInput, idempotencyKey?: string): Observable<AppointmentView> {
    return this.http.post<AppointmentView>(`/api/journeys/${journeyId}/appointments`, input, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateAppointment(
    appointmentId: string,
    changes: AppointmentChanges & { version: number },
  ): Observable<AppointmentView> {
    return this.http.patch<AppointmentView>(`/api/appointments/${appointmentId}`, changes);
  }

  reschedule(appointmentId: string, when: { startsAt: string; endsAt: string; version: number }): Observable<AppointmentView> {
    return this.http.post<AppointmentView>(`/api/appointments/${appointmentId}/reschedule`, when);
  }

  accompany(appointmentId: string, input: AccompanimentInput, idempotencyKey?: string): Observable<AccompanimentView> {
    return this.http.post<AccompanimentView>(`/api/appointments/${appointmentId}/accompaniment`, input, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateAccompaniment(accompanimentId: string, changes: Partial<AccompanimentInput> & { version: number }): Observable<AccompanimentView> {
    return this.http.patch<AccompanimentView>(`/api/accompaniments/${accompanimentId}`, changes);
  }

  plan(journeyId: string): Observable<PlanView> {
    return this.http.get<PlanView>(`/api/journeys/${journeyId}/plan`);
  }

  createGoal(journeyId: string, goal: { words: string; category: GoalCategory; targetDate: string | null }, idempotencyKey?: string): Observable<GoalView> {
    return this.http.post<GoalView>(`/api/journeys/${journeyId}/goals`, goal, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateGoal(goalId: string, changes: { status?: GoalStatus; version: number }): Observable<GoalView> {
    return this.http.patch<GoalView>(`/api/goals/${goalId}`, changes);
  }

  createStep(goalId: string, step: { description: string; owner: StepOwner; dueDate: string | null }, idempotencyKey?: string): Observable<StepView> {
    return this.http.post<StepView>(`/api/goals/${goalId}/steps`, step, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** A step added by mistake; the version guards against removing one someone else has just changed. */
  removeStep(stepId: string, version: number): Observable<void> {
    return this.http.delete<void>(`/api/steps/${stepId}`, { params: { version: String(version) } });
  }

  updateStep(stepId: string, changes: { done?: boolean; version: number }): Observable<StepView> {
    return this.http.patch<StepView>(`/api/steps/${stepId}`, changes);
  }

  checkIns(journeyId: string, cursor?: string | null): Observable<Page<CheckInView>> {
    return this.http.get<Page<CheckInView>>(`/api/journeys/${journeyId}/check-ins`, { params: pageParams(cursor) });
  }

  recordCheckIn(journeyId: string, checkIn: { confidence: number; words: string | null }, idempotencyKey?: string): Observable<CheckInView> {
    return this.http.post<CheckInView>(`/api/journeys/${journeyId}/check-ins`, checkIn, { headers: idempotencyHeaders(idempotencyKey) });
  }

  notes(journeyId: string, cursor?: string | null): Observable<Page<NoteView>> {
    return this.http.get<Page<NoteView>>(`/api/journeys/${journeyId}/notes`, { params: pageParams(cursor) });
  }

  createNote(journeyId: string, note: { visibility: NoteVisibility; body: string }, idempotencyKey?: string): Observable<NoteView> {
    return this.http.post<NoteView>(`/api/journeys/${journeyId}/notes`, note, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateNote(noteId: string, changes: { visibility?: NoteVisibility; body?: string; version: number }): Observable<NoteView> {
    return this.http.patch<NoteView>(`/api/notes/${noteId}`, changes);
  }

  noteVersions(noteId: string): Observable<NoteVersionView[]> {
    return this.http.get<NoteVersionView[]>(`/api/notes/${noteId}/versions`);
  }

  myAccompanimentsIcs(): Observable<string> {
    return this.http.get('/api/calendar/accompaniments.ics', { responseType: 'text' });
  }

  subscribe(idempotencyKey?: string): Observable<CalendarSubscription> {
    return this.http.post<CalendarSubscription>('/api/calendar/subscription', {}, { headers: idempotencyHeaders(idempotencyKey) });
  }

  unsubscribe(): Observable<void> {
    return this.http.delete<void>('/api/calendar/subscription');
  }
}
