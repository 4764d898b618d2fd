import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  CreateRiskAssessmentRequest,
  ReviewHiddenAssessmentRequest,
  RiskAssessmentView,
  RiskChecklistVersionView,
  RiskChecklistView,
} from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { JourneyRiskAssessmentsApi } from './risk-assessments-api';

/** A checklist as a new assessment uses it: its current version's questions, thresholds and guidance. */
export type CurrentChecklist = RiskChecklistVersionView;

/** The risk assessments done with her on one journey (newest first), and the checklists to do a new one with. */
@Injectable()
export class JourneyRiskAssessmentsStore {
  private readonly api = inject(JourneyRiskAssessmentsApi);
  private journeyId = '';
  readonly assessments = signal<RiskAssessmentView[]>([]);
  readonly checklists = signal<RiskChecklistView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  readonly checklistsProblem = signal<string | null>(null);
  /** The checklists still in use, each at its current version. */
  readonly currentChecklists = computed(() => this.checklists().flatMap((c) => currentVersion(c) ?? []));
  /** Oldest first, for the scores over time. */
  readonly overTime = computed(() => [...this.assessments()].reverse());

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.loaded.set(false);
    await readInto(this.api.list(journeyId), (list) => this.assessments.set(assessmentsNewestFirst(list)), this.problem);
    this.loaded.set(true);
  }

  /** Only when a new assessment is started: the checklists with their questions. */
  async loadChecklists(): Promise<void> {
    await readInto(this.api.checklists(), (list) => this.checklists.set(list), this.checklistsProblem);
  }

  /** One assessment in full, as the API has it now (also put in the list). */
  async read(assessmentId: string): Promise<WriteResult<RiskAssessmentView>> {
    const result = await attemptWrite<RiskAssessmentView>(this.api.one(assessmentId));
    if (result.ok) this.put(result.value);
    return result;
  }

  async create(request: CreateRiskAssessmentRequest, idempotencyKey?: string): Promise<WriteResult<RiskAssessmentView>> {
    const result = await attemptWrite<RiskAssessmentView>(this.api.create(this.journeyId, request, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  /** A manager's decision that it is not safe to show her now. */
  async hide(assessmentId: string, reason: string, idempotencyKey?: string): Promise<WriteResult<RiskAssessmentView>> {
    return this.written(await attemptWrite<RiskAssessmentView>(this.api.hide(assessmentId, { reason }, idempotencyKey)));
  }

  /** Looked at again: kept from her (a new review date) or shown to her. */
  async reviewHidden(assessmentId: string, request: ReviewHiddenAssessmentRequest, idempotencyKey?: string): Promise<WriteResult<RiskAssessmentView>> {
    return this.written(await attemptWrite<RiskAssessmentView>(this.api.reviewHidden(assessmentId, request, idempotencyKey)));
  }

  /** The answer, or on a 409 the assessment as it is now (someone else decided first), goes in the list. */
  private written(result: WriteResult<RiskAssessmentView>): WriteResult<RiskAssessmentView> {
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.put(fresh);
    return result;
  }

  private put(assessment: RiskAssessmentView): void {
    this.assessments.update((list) => assessmentsNewestFirst([assessment, ...list.filter((a) => a.id !== assessment.id)]));
  }
}

/** The version a new assessment uses, unless the checklist is archived. */
export function currentVersion(checklist: RiskChecklistView): CurrentChecklist | null {
  if (checklist.archived) return null;
  return checklist.versions.find((v) => v.version === checklist.currentVersion) ?? null;
}

/** Newest first: by the day it was done with her, then by when it was recorded. */
export function assessmentsNewestFirst(list: RiskAssessmentView[]): RiskAssessmentView[] {
  return [...list].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt));
}
