import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  CONSULTATION_TEXT_LIMIT_MAX,
  type ConsultationCrossTabView,
  type ConsultationQuestionView,
  type ConsultationResultsView,
  type ConsultationStatus,
  type ConsultationView,
  type PublicConsultationView,
} from '@beside/shared/contracts';
import { Clock } from '../../common/clock';
import { DEVELOPMENT_SECRET, Environment } from '../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { STALE_VERSION_MESSAGE } from '../../database/versioned-update';
import { AuditedWork, AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { requireRunner } from './consultation-access';
import { checkAnswers } from './consultation-answers';
import { crossTab } from './consultation-cross-tab';
import { consultationResultsCsv } from './consultation-results-csv';
import { CONSULTATION_NOT_FOUND, ConsultationResultsReader } from './consultation-results.reader';
import {
  countCrossed,
  findPublicConsultation,
  findQuestions,
  hasAnswers,
  insertConsultation,
  listConsultations,
  movePool,
  replaceQuestions,
  storeAnswer,
  updateConsultation,
  useChallenge,
  type AnswerOutcome,
  type ConsultationChanges,
  type ConsultationRow,
  type QuestionRow,
} from './consultation.repository';
import { CreateConsultationDto, PublicAnswerDto, ReplaceQuestionsDto, UpdateConsultationDto } from './dto/consultation.dto';
import { challengeHash, checkProof, issueChallenge, PROOF_OF_WORK_BITS, type ChallengeProblem } from './proof-of-work';

export { CONSULTATION_NOT_FOUND };
export const LOCKED = 'Someone has already answered this consultation: it and its questions can no longer change.';

/** Today's date in London, YYYY-MM-DD. */
export function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const CHALLENGE_PROBLEMS: Record<ChallengeProblem, string> = {
  malformed: 'challenge is not one this service gave: open the consultation again',
  wrong_consultation: 'challenge belongs to another consultation: open this one again',
  expired: 'challenge has expired: open the consultation again for a new one',
  not_solved: 'nonce does not solve the challenge',
};

export const ANSWER_REFUSED: Record<Exclude<AnswerOutcome, 'ok'>, () => Error> = {
  not_found: () => new NotFoundException(CONSULTATION_NOT_FOUND),
  not_open: () => new ConflictException('This consultation is not open for answers: it has closed, or has not opened yet.'),
  answered: () => new ConflictException('You have already answered this consultation. Thank you.'),
};

/**
 * Consultations (issue 18, phase 1). Staff write them and read results; she answers from her portal; women
 * without an account answer through the public link. How anonymity holds: docs/CONSULTATIONS.md.
 */
@Injectable()
export class ConsultationsService {
  private readonly challengeKey: Buffer;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly work: AuditedWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly reader: ConsultationResultsReader,
    env: Environment,
  ) {
    this.challengeKey = createHmac('sha256', env.SECRET_KEY ?? DEVELOPMENT_SECRET).update('beside-consultation-challenge').digest();
  }

  create(actor: Actor, body: CreateConsultationDto, origin: RequestOrigin): Promise<ConsultationView> {
    // The operator's are always network-wide; a manager chooses.
    const networkWide = actor.role === 'network_admin' || body.networkWide === true;
    const problems = [
      ...(body.closesOn < body.opensOn ? ['closesOn must be on or after opensOn'] : []),
      ...(networkWide && !body.anonymous ? ['anonymous: a network-wide consultation must be anonymous (no organisation may see who answered)'] : []),
      ...(body.publicLink && !body.anonymous ? ['publicLink: only an anonymous consultation may have a public link'] : []),
    ];
    if (problems.length) throw new BadRequestException(problems);
    return this.work.run(actor, origin, async (em, audit) => {
      const id = await insertConsultation(em, {
        organisationId: actor.organisationId,
        title: body.title.trim(),
        privacyNotice: body.privacyNotice.trim(),
        anonymous: body.anonymous,
        opensOn: body.opensOn,
        closesOn: body.closesOn,
        secondLanguage: body.secondLanguage ?? null,
        publicLink: body.publicLink ?? false,
        publicSlug: randomBytes(24).toString('base64url'),
        networkWide,
        createdBy: actor.userId,
      });
      await audit({ action: 'consultation.create', entityType: 'consultation', entityId: id, detail: { anonymous: body.anonymous, networkWide } });
      return this.view(em, actor, await requireRunner(em, actor, id));
    });
  }

  list(actor: Actor, origin: RequestOrigin): Promise<ConsultationView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await listConsultations(em);
      await audit({ action: 'consultation.list', entityType: 'consultation', detail: { count: rows.length } });
      return Promise.all(rows.map((row) => this.view(em, actor, row)));
    });
  }

  get(actor: Actor, id: string, origin: RequestOrigin): Promise<ConsultationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.reader.readable(em, id);
      await audit({ action: 'consultation.read', entityType: 'consultation', entityId: id });
      return this.view(em, actor, row);
    });
  }

  update(actor: Actor, id: string, body: UpdateConsultationDto, origin: RequestOrigin): Promise<ConsultationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      const opensOn = body.opensOn ?? row.opensOn;
      const closesOn = body.closesOn ?? row.closesOn;
      const publicLink = body.publicLink ?? row.publicLink;
      const problems = [
        ...(closesOn < opensOn ? ['closesOn must be on or after opensOn'] : []),
        ...(publicLink && !row.anonymous ? ['publicLink: only an anonymous consultation may have a public link'] : []),
      ];
      if (problems.length) throw new BadRequestException(problems);
      const changes: ConsultationChanges = {
        ...(body.title !== undefined ? { title: body.title.trim() } : {}),
        ...(body.privacyNotice !== undefined ? { privacy_notice: body.privacyNotice.trim() } : {}),
        ...(body.opensOn !== undefined ? { opens_on: body.opensOn } : {}),
        ...(body.closesOn !== undefined ? { closes_on: body.closesOn } : {}),
        ...(body.secondLanguage !== undefined ? { second_language: body.secondLanguage } : {}),
        ...(body.publicLink !== undefined ? { public_link: body.publicLink } : {}),
      };
      await this.changeUnlocked(em, row, body.version, changes);
      await audit({ action: 'consultation.update', entityType: 'consultation', entityId: id, detail: { fields: Object.keys(changes) } });
      return this.view(em, actor, await requireRunner(em, actor, id));
    });
  }

  replaceQuestions(actor: Actor, id: string, body: ReplaceQuestionsDto, origin: RequestOrigin): Promise<ConsultationView> {
    const problems: string[] = [];
    const questions: Omit<QuestionRow, 'id'>[] = body.questions.map((q, i) => {
      const name = `questions[${i}]`;
      const choices = q.choices ?? [];
      if (q.kind === 'single' || q.kind === 'several') {
        if (choices.length < 2) problems.push(`${name}.choices: a ${q.kind}-choice question needs at least two choices`);
        if (new Set(choices.map((c) => c.key)).size !== choices.length) problems.push(`${name}.choices: each key must be different`);
      } else if (choices.length) {
        problems.push(`${name}.choices: only single and several-choice questions have choices`);
      }
      if (q.textLimit !== undefined && q.kind !== 'text') problems.push(`${name}.textLimit: only a text question has a limit`);
      return {
        position: i + 1,
        kind: q.kind,
        words: q.words.trim(),
        easyRead: q.easyRead ?? null,
        secondLanguageWords: q.secondLanguageWords ?? null,
        choices: choices.map((c) => ({ key: c.key, words: c.words, easyRead: c.easyRead ?? null, secondLanguageWords: c.secondLanguageWords ?? null })),
        required: q.required ?? true,
        textLimit: q.kind === 'text' ? (q.textLimit ?? CONSULTATION_TEXT_LIMIT_MAX) : null,
      };
    });
    if (problems.length) throw new BadRequestException(problems);
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      await this.changeUnlocked(em, row, body.version, {});
      await replaceQuestions(em, row.organisationId, id, questions);
      await audit({ action: 'consultation.questions_replace', entityType: 'consultation', entityId: id, detail: { count: questions.length } });
      return this.view(em, actor, await requireRunner(em, actor, id));
    });
  }

  /** Opens it today (its opening date becomes today if later). */
  open(actor: Actor, id: string, version: number, origin: RequestOrigin): Promise<ConsultationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      const today = londonToday(this.clock.now());
      if (row.closedAt) throw new ConflictException('This consultation is closed and cannot open again.');
      if (row.closesOn < today) throw new ConflictException('Its closing date has passed: move closesOn later first.');
      if (!(await findQuestions(em, id)).length) throw new ConflictException('Add its questions before opening it.');
      const changed = await updateConsultation(em, id, version, row.opensOn > today ? { opens_on: today } : {});
      if (!changed) throw new ConflictException(STALE_VERSION_MESSAGE);
      await audit({ action: 'consultation.open', entityType: 'consultation', entityId: id });
      return this.view(em, actor, await requireRunner(em, actor, id));
    });
  }

  /** Closes it now; then, in a transaction of its own, every answer still pooled moves into the results. */
  async close(actor: Actor, id: string, version: number, origin: RequestOrigin): Promise<ConsultationView> {
    await this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      if (row.closedAt) throw new ConflictException('This consultation is already closed.');
      const today = londonToday(this.clock.now());
      const changed = await updateConsultation(em, id, version, {
        closed_at: this.clock.now(),
        ...(row.opensOn <= today && row.closesOn > today ? { closes_on: today } : {}),
      });
      if (!changed) throw new ConflictException(STALE_VERSION_MESSAGE);
      await audit({ action: 'consultation.close', entityType: 'consultation', entityId: id });
    });
    return this.work.run(actor, origin, async (em) => {
      await movePool(em, id);
      return this.view(em, actor, await requireRunner(em, actor, id));
    });
  }

  /** The results: suppressed counts, themes with their counts, published quotes. As CSV, the same figures. */
  results(actor: Actor, id: string, origin: RequestOrigin, as: 'json' | 'csv' = 'json'): Promise<ConsultationResultsView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const results = await this.reader.results(em, id);
      await audit({ action: as === 'csv' ? 'consultation_results.exported' : 'consultation_results.read', entityType: 'consultation', entityId: id });
      return results;
    });
  }

  async resultsCsv(actor: Actor, id: string, origin: RequestOrigin): Promise<{ title: string; csv: string }> {
    const results = await this.results(actor, id, origin, 'csv');
    return { title: results.title, csv: consultationResultsCsv(results) };
  }

  /** Two single-choice or scale questions side by side: every cell, or none unless all are five or more. */
  crossTab(actor: Actor, id: string, rowsQuestionId: string, columnsQuestionId: string, origin: RequestOrigin): Promise<ConsultationCrossTabView> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.reader.readable(em, id);
      const questions = await findQuestions(em, id);
      const pick = (name: string, questionId: string) => {
        const q = questions.find((x) => x.id === questionId);
        if (!q) return `${name}: ${questionId} is not a question of this consultation`;
        return q.kind === 'single' || q.kind === 'scale' ? q : `${name}: question ${q.position} is a ${q.kind} question; a cross-tab takes single-choice or scale questions`;
      };
      const rows = pick('rows', rowsQuestionId);
      const columns = pick('columns', columnsQuestionId);
      const problems = [rows, columns].filter((p): p is string => typeof p === 'string');
      if (rowsQuestionId === columnsQuestionId) problems.push('columns: choose a different question from rows');
      if (problems.length || typeof rows === 'string' || typeof columns === 'string') throw new BadRequestException(problems);
      const view = crossTab(rows, columns, await countCrossed(em, id, rows.id, columns.id));
      await audit({ action: 'consultation_cross_tab.read', entityType: 'consultation', entityId: id, detail: { rows: rows.id, columns: columns.id, shown: view.shown } });
      return view;
    });
  }

  /** The public page: its questions, privacy notice and a fresh proof-of-work challenge. Nothing is recorded. */
  publicView(slug: string): Promise<PublicConsultationView> {
    return this.uow.run(NO_CONTEXT, async (em) => {
      const row = await this.requirePublic(em, slug);
      const now = this.clock.now();
      const { challenge, expiresAt } = issueChallenge(this.challengeKey, row.id, now);
      const today = londonToday(now);
      return {
        title: row.title,
        privacyNotice: row.privacyNotice,
        closesOn: row.closesOn,
        open: !row.closedAt && row.opensOn <= today && today <= row.closesOn,
        secondLanguage: row.secondLanguage,
        questions: publicQuestions(row.questions).map(questionView),
        proofOfWork: { challenge, bits: PROOF_OF_WORK_BITS, expiresAt: expiresAt.toISOString() },
      };
    });
  }

  /** An answer through the public link: proof of work checked, its challenge used once, the answer pooled; nothing about her kept. */
  async answerPublic(slug: string, body: PublicAnswerDto, origin: RequestOrigin): Promise<{ answered: true }> {
    // The organisation running it is known only from the link; its audit chain takes the event, with no one named.
    const { organisationId } = await this.uow.run(NO_CONTEXT, (em) => this.requirePublic(em, slug));
    return this.uow.run({ organisationId, userId: null, role: null }, async (em) => {
      const row = await this.requirePublic(em, slug);
      const proof = checkProof(this.challengeKey, row.id, body.challenge, body.nonce, this.clock.now());
      if ('problem' in proof) throw new BadRequestException([CHALLENGE_PROBLEMS[proof.problem]]);
      const values = checkAnswers(publicQuestions(row.questions), body.answers);
      if (!(await useChallenge(em, challengeHash(body.challenge), proof.expiresAt))) {
        throw new ConflictException('This challenge has been used already: open the consultation again for a new one.');
      }
      const outcome = await storeAnswer(em, row.id, values);
      if (outcome !== 'ok') throw ANSWER_REFUSED[outcome]();
      // Acknowledged, so audited — with no one named and neither her address nor her browser (an anonymous answerer's).
      await this.audit.append(em, null, { requestId: origin.requestId, ip: null, userAgent: null }, [
        { action: 'consultation.answered', entityType: 'consultation', entityId: row.id, organisationId: row.organisationId, detail: { via: 'public_link' } },
      ]);
      return { answered: true };
    });
  }

  private async requirePublic(em: EntityManager, slug: string) {
    const row = /^[A-Za-z0-9_-]{16,64}$/.test(slug) ? await findPublicConsultation(em, slug) : null;
    if (!row) throw new NotFoundException(CONSULTATION_NOT_FOUND);
    return row;
  }

  /** Changes it at the version seen (locking its row, so that an answer arriving now waits), then refuses if anyone has answered. */
  private async changeUnlocked(em: EntityManager, row: ConsultationRow, version: number, changes: ConsultationChanges): Promise<void> {
    const changed = await updateConsultation(em, row.id, version, changes);
    if (!changed) throw new ConflictException(STALE_VERSION_MESSAGE);
    if (await hasAnswers(em, row.id)) throw new ConflictException(LOCKED);
  }

  private async view(em: EntityManager, actor: Actor, row: ConsultationRow): Promise<ConsultationView> {
    return {
      id: row.id,
      title: row.title,
      privacyNotice: row.privacyNotice,
      anonymous: row.anonymous,
      networkWide: row.networkWide,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      status: this.status(row),
      secondLanguage: row.secondLanguage,
      publicLink: row.publicLink,
      publicSlug: row.publicLink ? row.publicSlug : null,
      version: row.version,
      locked: await hasAnswers(em, row.id),
      runByYourOrganisation: row.organisationId === actor.organisationId,
      questions: (await findQuestions(em, row.id)).map(questionView),
    };
  }

  private status(row: ConsultationRow): ConsultationStatus {
    const today = londonToday(this.clock.now());
    if (row.closedAt || today > row.closesOn) return 'closed';
    return row.opensOn <= today ? 'open' : 'draft';
  }
}

export function questionView(q: QuestionRow): ConsultationQuestionView {
  return {
    id: q.id,
    position: q.position,
    kind: q.kind,
    words: q.words,
    easyRead: q.easyRead,
    secondLanguageWords: q.secondLanguageWords,
    choices: q.choices,
    required: q.required,
    textLimit: q.textLimit,
  };
}

function publicQuestions(rows: Awaited<ReturnType<typeof findPublicConsultation>> extends infer R ? (R extends { questions: infer Q } ? Q : never) : never): QuestionRow[] {
  return rows.map((q) => ({
    id: q.id,
    position: q.position,
    kind: q.kind,
    words: q.words,
    easyRead: q.easy_read,
    secondLanguageWords: q.second_language_words,
    choices: q.choices,
    required: q.required,
    textLimit: q.text_limit,
  }));
}
