import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  ChallengeTypeView,
  ChallengeView,
  CloseChallengeRequest,
  CreateChallengeRequest,
  MoveChallengeStageRequest,
  UpdateChallengeRequest,
  UpdateChallengeStageRequest,
} from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { ChallengesApi } from './challenges-api';

/**
 * Her challenges on one journey, open ones first, and the catalogue to open one from. Every change sends the version it
 * holds; a stale one (409) puts the challenge as it is now in its place, so what she sees is never older than the answer.
 */
@Injectable()
export class JourneyChallengesStore {
  private readonly api = inject(ChallengesApi);
  private journeyId = '';
  readonly challenges = signal<ChallengeView[]>([]);
  readonly types = signal<ChallengeTypeView[]>([]);
  /** Types a new challenge may be opened with: archived ones only carry on those already open. */
  readonly openableTypes = computed(() => this.types().filter((t) => !t.archived));
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.loaded.set(false);
    await Promise.all([
      readInto(this.api.list(journeyId), (list) => this.challenges.set(openFirst(list)), this.problem),
      readInto(this.api.types(), (types) => this.types.set(types), this.problem),
    ]);
    this.loaded.set(true);
  }

  byId(challengeId: string): ChallengeView | undefined {
    return this.challenges().find((c) => c.id === challengeId);
  }

  /** One challenge as it is now (after someone else changed it, or one not in the list yet). */
  async reload(challengeId: string): Promise<boolean> {
    return readInto(this.api.read(challengeId), (c) => this.put(c), this.problem);
  }

  async create(request: CreateChallengeRequest, idempotencyKey?: string): Promise<WriteResult<ChallengeView>> {
    const result = await attemptWrite<ChallengeView>(this.api.create(this.journeyId, request, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  update(challenge: ChallengeView, change: Omit<UpdateChallengeRequest, 'version'>): Promise<WriteResult<ChallengeView>> {
    return this.change(this.api.update(challenge.id, { ...change, version: challenge.version }));
  }

  moveStage(challenge: ChallengeView, move: Omit<MoveChallengeStageRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<ChallengeView>> {
    return this.change(this.api.moveStage(challenge.id, { ...move, version: challenge.version }, idempotencyKey));
  }

  updateStage(challenge: ChallengeView, stageId: string, change: Omit<UpdateChallengeStageRequest, 'version'>): Promise<WriteResult<ChallengeView>> {
    return this.change(this.api.updateStage(challenge.id, stageId, { ...change, version: challenge.version }));
  }

  close(challenge: ChallengeView, outcome: Omit<CloseChallengeRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<ChallengeView>> {
    return this.change(this.api.close(challenge.id, { ...outcome, version: challenge.version }, idempotencyKey));
  }

  private async change(request: Observable<ChallengeView>): Promise<WriteResult<ChallengeView>> {
    const result = await attemptWrite<ChallengeView>(request);
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.put(fresh);
    return result;
  }

  private put(challenge: ChallengeView): void {
    this.challenges.update((list) =>
      list.some((c) => c.id === challenge.id) ? openFirst(list.map((c) => (c.id === challenge.id ? challenge : c))) : openFirst([challenge, ...list]),
    );
  }
}

/** Open ones first, each group in the order it came (the API's: open first, then newest). */
export function openFirst(list: ChallengeView[]): ChallengeView[] {
  return [...list.filter((c) => c.status === 'open'), ...list.filter((c) => c.status !== 'open')];
}
