import { PasswordResetService } from './password-reset.service';

/**
 * Issue 14.6: asking for a reset must do the same work whether or not the address has an account.
 * Every call the service makes (statements, throttle, audit, context switches) is recorded for a
 * known and an unknown address, and the two lists must be the same apart from the values.
 */
function recorder(accountExists: boolean, answerMs = 0) {
  const calls: string[] = [];
  const account = { id: 'a1', organisation_id: 'o1', status: 'active' };
  const em = {
    query: async (sql: string) => {
      calls.push(`query ${sql.replace(/\s+/g, ' ').trim()}`);
      if (/beside_account_for_sign_in/.test(sql)) return accountExists ? [account] : [];
      if (/INSERT INTO one_time_token/.test(sql)) return accountExists ? [{ id: 't1' }] : [];
      return [];
    },
  };
  const uow = { run: async (_ctx: unknown, work: (m: typeof em) => Promise<unknown>) => (calls.push('transaction'), work(em)) };
  const audit = { append: async () => void calls.push('audit.append') };
  const throttle = {
    secondsToWait: async () => (calls.push('throttle.secondsToWait'), 0),
    recordFailure: async () => void calls.push('throttle.recordFailure'),
  };
  const outbox = {
    sendToAccount: async (m: typeof em, id: string | null) => {
      calls.push('outbox.sendToAccount');
      await m.query(`INSERT INTO outbox_message SELECT FROM user_account WHERE id = $1`);
      return id ? 'm1' : null;
    },
  };
  const env = { PUBLIC_URL: 'https://beside.test', PASSWORD_RESET_ANSWER_MS: answerMs };
  const service = new PasswordResetService(uow as never, audit as never, outbox as never, {} as never, {} as never, throttle as never, env as never);
  return { service, calls };
}

describe('PasswordResetService.request', () => {
  it('should do the same operations for an address with an account and one without', async () => {
    const known = recorder(true);
    const unknown = recorder(false);
    const origin = { ip: '192.0.2.1', userAgent: null, requestId: 'r' };
    const a = await known.service.request('rosa@demo.beside.test', origin as never);
    const b = await unknown.service.request('nobody@demo.beside.test', origin as never);
    expect(a).toBe(b);
    expect(known.calls).toEqual(unknown.calls);
    expect(known.calls).toContain('outbox.sendToAccount');
    expect(known.calls.filter((c) => c === 'transaction')).toHaveLength(2);
  });

  it('should answer no sooner than the set time, with or without an account', async () => {
    const waits: number[] = [];
    const realSetTimeout = global.setTimeout;
    const spy = jest.spyOn(global, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout);
    try {
      const origin = { ip: '192.0.2.1', userAgent: null, requestId: 'r' };
      for (const exists of [true, false]) {
        const { service } = recorder(exists, 5000);
        await service.request('rosa@demo.beside.test', origin as never);
      }
    } finally {
      spy.mockRestore();
    }
    expect(waits).toHaveLength(2);
    for (const ms of waits) expect(ms).toBeGreaterThan(4000);
  });
});
