import type { DataRequestView, MyDataRequest } from '@beside/shared/contracts';
import type { DataRequestRow } from './data-request.repository';
import { requestClock } from './request-clock';

export function dataRequestView(r: DataRequestRow, now: Date): DataRequestView {
  return { ...r, clock: requestClock(r, now) };
}

/** Hers in plain words: when to expect the answer, and the reason and the answer once it is sent. */
export function myDataRequest(r: DataRequestRow): MyDataRequest {
  const answered = r.status === 'answered';
  return {
    id: r.id,
    kind: r.kind,
    details: r.details,
    receivedOn: r.receivedOn,
    answerBy: r.extendedTo ?? r.dueOn,
    status: r.status,
    decision: answered ? r.decision : null,
    answer: answered ? [r.decisionReason, r.answer].filter(Boolean).join('\n\n') : null,
    answeredOn: r.answeredOn,
    extensionReason: r.extensionReason,
  };
}
