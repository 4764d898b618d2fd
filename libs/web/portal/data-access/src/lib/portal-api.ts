import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangeProposalRequest,
  ChangeProposalView,
  GoalCategory,
  MyAppointment,
  MyAppointments,
  MyCheckIn,
  MyConcern,
  MyConsent,
  MyDetails,
  MyGoal,
  MyPlan,
  MyStep,
  RaiseConcernRequest,
  SafeContactInput,
  StepOwner,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** What a form of her details page sends: the fields it knows (the API keeps the rest). */
export interface MyDetailsInput {
  preferredName?: string | null;
  pronouns?: string | null;
  accessibilityNeeds?: string | null;
  safeContact?: SafeContactInput;
  version: number;
}

function cursorParams(cursor: string | null): HttpParams {
  return cursor ? new HttpParams().set('cursor', cursor) : new HttpParams();
}

/** Her own portal: every route is under /api/my/ and answers only about her. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  plan(): Observable<MyPlan> {
    return this.http.get<MyPlan>('/api/my/plan');
  }
  createGoal(body: { words: string; category: GoalCategory; targetDate: string | null }, idempotencyKey?: string): Observable<MyGoal> {
    return this.http.post<MyGoal>('/api/my/goals', body, { headers: idempotencyHeaders(idempotencyKey) });
  }
  updateGoal(id: string, body: { words?: string; version: number }): Observable<MyGoal> {
    return this.http.patch<MyGoal>(`/api/my/goals/${id}`, body);
  }
  createStep(goalId: string, body: { description: string; owner: StepOwner; dueDate: string | null }, idempotencyKey?: string): Observable<MyStep> {
    return this.http.post<MyStep>(`/api/my/goals/${goalId}/steps`, body, { headers: idempotencyHeaders(idempotencyKey) });
  }
  deleteStep(id: string, version: number): Observable<void> {
    return this.http.delete<void>(`/api/my/steps/${id}`, { params: new HttpParams().set('version', version) });
  }
  updateStep(id: string, body: { description?: string; done?: boolean; version: number }): Observable<MyStep> {
    return this.http.patch<MyStep>(`/api/my/steps/${id}`, body);
  }
  checkIns(cursor: string | null): Observable<Page<MyCheckIn>> {
    return this.http.get<Page<MyCheckIn>>('/api/my/check-ins', { params: cursorParams(cursor) });
  }
  recordCheckIn(body: { confidence: number; words: string | null }, idempotencyKey?: string): Observable<MyCheckIn> {
    return this.http.post<MyCheckIn>('/api/my/check-ins', body, { headers: idempotencyHeaders(idempotencyKey) });
  }
  proposals(): Observable<ChangeProposalView[]> {
    return this.http.get<ChangeProposalView[]>('/api/my/change-proposals');
  }
  propose(body: ChangeProposalRequest, idempotencyKey?: string): Observable<ChangeProposalView> {
    return this.http.post<ChangeProposalView>('/api/my/change-proposals', body, { headers: idempotencyHeaders(idempotencyKey) });
  }
  appointments(): Observable<MyAppointments> {
    return this.http.get<MyAppointments>('/api/my/appointments');
  }
  updatePreparation(id: string, body: { preparation: string | null; version: number }): Observable<MyAppointment> {
    return this.http.patch<MyAppointment>(`/api/my/appointments/${id}/preparation`, body);
  }
  details(): Observable<MyDetails> {
    return this.http.get<MyDetails>('/api/my/details');
  }
  updateDetails(body: MyDetailsInput): Observable<MyDetails> {
    return this.http.patch<MyDetails>('/api/my/details', body);
  }
  consents(): Observable<MyConsent[]> {
    return this.http.get<MyConsent[]>('/api/my/consents');
  }
  withdrawConsent(id: string, version: number, idempotencyKey?: string): Observable<MyConsent> {
    return this.http.post<MyConsent>(`/api/my/consents/${id}/withdraw`, { version }, { headers: idempotencyHeaders(idempotencyKey) });
  }
  concerns(): Observable<MyConcern[]> {
    return this.http.get<MyConcern[]>('/api/my/concerns');
  }
  raiseConcern(body: RaiseConcernRequest, idempotencyKey?: string): Observable<MyConcern> {
    return this.http.post<MyConcern>('/api/my/concerns', body, { headers: idempotencyHeaders(idempotencyKey) });
  }
}
