/**
 * The audit detail of work on something held back from her (a sharing without her consent she is not shown, or a
 * referral that rests on one): her "who looked at my record" must not tell her of it — the rule of a confidential
 * concern (audit/access-log.repository.ts).
 */
export function keptFromHer(heldBack: boolean): { confidentialFromSubject?: true } {
  return heldBack ? { confidentialFromSubject: true } : {};
}
