import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { ConsultationAnswer, PublicConsultationView } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { AnswerApi, type AnswerTaken } from './answer-api';
import { KeptAnswers, publicKeptKey } from './kept-answers';
import { solveProofOfWork, type Digest } from './proof-of-work';

/** A challenge this close to its expiry is swapped for a new one before sending. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * A consultation through its public link: the questions, and the proof of work her browser does before sending
 * (started as soon as she begins, so it is usually ready by the time she sends).
 */
@Injectable()
export class PublicConsultationStore {
  private readonly api = inject(AnswerApi);
  private readonly kept = inject(KeptAnswers);
  readonly consultation = signal<PublicConsultationView | null>(null);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** No consultation has this link, or its link is off. */
  readonly missing = signal(false);
  /** How far the proof of work has got, 0 to 1. */
  readonly progress = signal(0);
  /** For specs: her browser's Web Crypto otherwise. */
  digest: Digest | undefined;
  private slug = '';
  private solving: { challenge: string; nonce: Promise<string> } | null = null;
  /** Her browser stops working on it once she leaves the page. */
  private readonly stop = new AbortController();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop.abort());
  }

  async load(slug: string): Promise<void> {
    this.slug = slug;
    try {
      this.consultation.set(await firstValueFrom(this.api.publicConsultation(slug)));
      this.problem.set(null);
    } catch (error) {
      const problem = toApiProblem(error);
      this.missing.set(problem.status === 404);
      this.problem.set(problem.messages.join(' '));
    }
    this.loaded.set(true);
    if (this.consultation()?.open === false) this.kept.forget(publicKeptKey(slug));
  }

  /** Starts the proof of work for the current challenge, unless it is under way already. */
  prepare(): void {
    const pow = this.consultation()?.proofOfWork;
    if (!pow || this.solving?.challenge === pow.challenge) return;
    this.progress.set(0);
    const nonce = solveProofOfWork(pow.challenge, pow.bits, { digest: this.digest, signal: this.stop.signal, onProgress: (share) => this.progress.set(share) });
    // Not sent yet, so a failure is told when she sends, not left unhandled now.
    nonce.catch(() => undefined);
    this.solving = { challenge: pow.challenge, nonce };
  }

  async send(answers: ConsultationAnswer[], now = Date.now()): Promise<WriteResult<AnswerTaken>> {
    const pow = this.consultation()?.proofOfWork;
    if (pow && Date.parse(pow.expiresAt) - EXPIRY_MARGIN_MS < now) await this.load(this.slug);
    this.prepare();
    const solving = this.solving;
    if (!solving) return notSent('This consultation could not be loaded. Open the link again.');
    let nonce: string;
    try {
      nonce = await solving.nonce;
    } catch (error) {
      this.solving = null;
      return notSent(error instanceof Error ? error.message : 'This browser could not prepare the answers to send.');
    }
    const result = await attemptWrite<AnswerTaken>(this.api.answerPublic(this.slug, { answers, challenge: solving.challenge, nonce }));
    if (result.ok) {
      this.kept.forget(publicKeptKey(this.slug));
    } else if (result.problem.status === 400 || result.problem.status === 409) {
      // A used or refused challenge cannot be sent again: a fresh one (and whether it is still open) for another try.
      await this.load(this.slug);
    }
    return result;
  }
}

/** A send that never reached the API, told as the API's refusals are. */
function notSent(message: string): WriteResult<AnswerTaken> {
  return { ok: false, problem: { status: 0, messages: [message], requestId: null, retryAfterSeconds: null }, conflict: null };
}
