import { Injectable } from '@nestjs/common';
import type { MyConsultationView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { Actor, RequestOrigin } from '../../authz';
import { ANSWER_REFUSED, CONSULTATION_NOT_FOUND, checkAnswers, findConsultation, findQuestions, findQuestionsOf, listOpenForHer, questionView, storeAnswer, type AnswerConsultationDto } from '../../consultations';
import { PortalWork } from '../portal-work';

/** Her consultations (issue 18): the open ones that reach her, and her answer to one. */
@Injectable()
export class MyConsultationsService {
  constructor(private readonly portal: PortalWork) {}

  /** The open consultations that reach her (her organisation's and the network's), with whether she has answered each. */
  list(actor: Actor, origin: RequestOrigin): Promise<MyConsultationView[]> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const rows = await listOpenForHer(em, serviceUserId);
      const questions = await findQuestionsOf(em, rows.map((r) => r.id));
      await audit({ action: 'consultation.list', entityType: 'consultation', subjectId: serviceUserId, detail: { count: rows.length } });
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        privacyNotice: r.privacyNotice,
        anonymous: r.anonymous,
        closesOn: r.closesOn,
        secondLanguage: r.secondLanguage,
        answered: r.answered,
        questions: (questions.get(r.id) ?? []).map(questionView),
      }));
    });
  }

  /**
   * Her answer. Anonymous: her invitation is marked answered and the answer goes to the pool, in this one
   * transaction (beside_consultation_answer); the audit event names the consultation, never an answer.
   * Named: stored with her record.
   */
  answer(actor: Actor, id: string, body: AnswerConsultationDto, origin: RequestOrigin): Promise<{ answered: true; anonymous: boolean }> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const row = await findConsultation(em, id);
      if (!row) throw new OutOfScopeException('consultation', id, false, CONSULTATION_NOT_FOUND);
      const values = checkAnswers(await findQuestions(em, id), body.answers);
      const outcome = await storeAnswer(em, id, values);
      if (outcome !== 'ok') throw ANSWER_REFUSED[outcome]();
      await audit({ action: 'consultation.answered', entityType: 'consultation', entityId: id, subjectId: serviceUserId, detail: {} });
      return { answered: true, anonymous: row.anonymous };
    });
  }
}
