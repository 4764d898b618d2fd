import { beforeAllTests } from '../../testing/before-all-tests';
import { createUser, sessionFor } from '../../testing/fixtures';
import { arrivedFor, deliveryTestApp } from '../../testing/message-delivery';
import { UnitOfWork } from '../../database/unit-of-work';
import { notifyUsers } from './notify';

describe('staff alerts by email', () => {
  const d = beforeAllTests(() => deliveryTestApp({ PUBLIC_URL: 'https://beside.example.org' }), async (d) => {
    const asks = await createUser(d.t, d.org, 'manager');
    const doesNotAsk = await createUser(d.t, d.org, 'manager');
    return { asks, doesNotAsk };
  });

  it('should let staff turn email copies on for themselves, and not her', async () => {
    const res = await (await sessionFor(d.t, d.asks)).put('/api/account/email-alerts').send({ on: true });
    expect(res.status).toBe(200);
    expect(res.body.emailAlerts).toBe(true);
    expect((await (await sessionFor(d.t, d.doesNotAsk)).get('/api/account')).body.emailAlerts).toBe(false);
    const her = await sessionFor(d.t, await createUser(d.t, d.org, 'service_user'));
    expect((await her.put('/api/account/email-alerts').send({ on: true })).status).toBe(403);
    expect((await her.put('/api/account/email-alerts').send({ on: 'yes' })).status).toBe(400);
  });

  it('should send those who asked a copy with the link only, and nobody else', async () => {
    await d.t.app.get(UnitOfWork).run({ organisationId: d.org, userId: null, role: null }, (em) =>
      notifyUsers(em, d.org, [d.asks.id, d.doesNotAsk.id], { kind: 'concern.raised', text: 'Concern C-0042 (high) was raised about Rosa Field.', link: '/concerns/abc' }),
    );
    await d.worker.deliverDue();
    const toAsks = arrivedFor(d.mail, d.asks.email);
    expect(toAsks).toHaveLength(1);
    expect(toAsks[0].subject).toBe('Something new for you');
    expect(toAsks[0].text).toContain('https://beside.example.org/concerns/abc');
    expect(toAsks[0].text).not.toMatch(/Rosa|C-0042|high/);
    expect(arrivedFor(d.mail, d.doesNotAsk.email)).toHaveLength(0);
  });
});
