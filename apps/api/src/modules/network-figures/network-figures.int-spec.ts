import { CONCERN_CATEGORIES, SUPPORT_LEVELS, type NetworkFigure, type NetworkFiguresView } from '@beside/shared/contracts';
import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '../../database/unit-of-work';
import * as repository from './network-figures.repository';
import { useTestApp } from '../../testing/test-app';
import {
  auditEventsFor,
  createNetworkOperator,
  createOrganisation,
  createServiceUser,
  createUser,
  sessionFor,
  SignedIn,
  TestUser,
} from '../../testing/fixtures';

const FROM = '2026-05';
const TO = '2026-06';
const QUERY = `from=${FROM}&to=${TO}`;

/** What each organisation contributed to each cell ('measure|month|category'), kept as the data is made: the test's own ledger. */
type Ledger = Map<string, Map<string, number>>;

interface Member {
  id: string;
  manager: TestUser;
  advocate: TestUser;
  admin: TestUser;
  asManager: SignedIn;
  asAdmin: SignedIn;
}

describe('network figures (issue 17.4): pooled across members, identifying no one', () => {
  const ledger: Ledger = new Map();
  let c: Member;
  let references = 0;

  const count = (key: string, organisation: string, n: number) => {
    const cell = ledger.get(key) ?? new Map<string, number>();
    cell.set(organisation, (cell.get(organisation) ?? 0) + n);
    ledger.set(key, cell);
  };

  async function member(name: string): Promise<Member> {
    const id = await createOrganisation(t, name);
    const [manager, advocate, admin] = await Promise.all([createUser(t, id, 'manager'), createUser(t, id, 'advocate'), createUser(t, id, 'admin')]);
    return { id, manager, advocate, admin, asManager: await sessionFor(t, manager), asAdmin: await sessionFor(t, admin) };
  }

  /** A journey referred on `referralDate` (closed at `closedAt`), counted in the ledger for the months it is open. */
  async function journey(m: Member, referralDate: string, closedAt: string | null = null): Promise<string> {
    const su = await createServiceUser(t, m.id);
    const [row]: { id: string }[] = await t.owner.query(
      `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason, primary_advocate_id, closed_at)
       VALUES ($1, $2, $3, 'self', $4, 'Wants to be heard at her care-plan meeting', $5, $6) RETURNING id`,
      [m.id, su, closedAt ? 'closed' : 'active', referralDate, m.advocate.id, closedAt],
    );
    if (referralDate.slice(0, 7) >= FROM && referralDate.slice(0, 7) <= TO) count(`referrals|${referralDate.slice(0, 7)}|received`, m.id, 1);
    for (const month of [FROM, TO]) {
      const opened = referralDate.slice(0, 7) <= month;
      const notYetClosed = !closedAt || londonMonth(closedAt) >= month;
      if (opened && notYetClosed) count(`journeys|${month}|open`, m.id, 1);
    }
    return row.id;
  }

  /** `n` appointments at `startsAt` with an accompaniment at `level`; only attended ones count. */
  async function accompaniments(m: Member, journeyId: string, level: string, n: number, startsAt: string, status = 'attended') {
    for (let i = 0; i < n; i += 1) {
      const [ap]: { id: string }[] = await t.owner.query(
        `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, status)
         SELECT organisation_id, id, service_user_id, 'psychiatrist', $2::timestamptz, $2::timestamptz + interval '1 hour', $3 FROM journey WHERE id = $1
         RETURNING id`,
        [journeyId, startsAt, status],
      );
      await t.owner.query(`INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level) VALUES ($1, $2, $3, $4)`, [m.id, ap.id, journeyId, level]);
    }
    if (status !== 'attended') return;
    const month = londonMonth(startsAt);
    count(`accompaniments|${month}|${level}`, m.id, n);
    const led = level === 'prepared' || level === 'independent';
    count(`self_advocacy|${month}|${led ? 'prepared_or_independent' : 'advocate_led_or_accompanied'}`, m.id, n);
  }

  async function concerns(m: Member, journeyId: string, category: string, n: number, raisedAt: string) {
    for (let i = 0; i < n; i += 1) {
      await t.owner.query(
        `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, raised_at, category, severity,
                              description, triage_due_at)
         SELECT organisation_id, id, service_user_id, $2, $3, 'advocate', $4, $5, 'medium', 'She does not feel safe at home', $4::timestamptz + interval '3 days'
         FROM journey WHERE id = $1`,
        [journeyId, `C-NF${(references += 1)}`, m.advocate.id, raisedAt, category],
      );
    }
    count(`concerns|${londonMonth(raisedAt)}|${category}`, m.id, n);
  }

  /** A referral from one member to another, both sides' rows; answered (accepted or declined) at `answeredAt`. */
  async function referral(from: Member, to: Member, journeyId: string, sentAt: string, answer?: { status: 'accepted' | 'declined'; at: string }) {
    const link = randomUUID();
    const reference = `R-NF${(references += 1)}`;
    const status = answer?.status ?? 'sent';
    const declineReason = answer?.status === 'declined' ? 'We do not offer that service' : null;
    await t.owner.query(
      `INSERT INTO referral (organisation_id, link_id, reference, direction, other_organisation_id, reason, consent_parts, consent_how, consent_given_on,
                             consent_recorded_by, service_user_id, journey_id, sent_at, sent_by, sent_by_name, status, responded_at, decline_reason)
       SELECT $1, $2, $3, 'outgoing', $4, 'Peer support group', ARRAY['profile'], 'in_person', '2026-05-01', $5, service_user_id, id, $6, $5, 'Advocate', $7, $8, $9
       FROM journey WHERE id = $10`,
      [from.id, link, reference, to.id, from.advocate.id, sentAt, status, answer?.at ?? null, declineReason, journeyId],
    );
    await t.owner.query(
      `INSERT INTO referral (organisation_id, link_id, reference, direction, other_organisation_id, reason, consent_parts, consent_how, consent_given_on,
                             shared, sent_at, sent_by_name, status, responded_at, decline_reason)
       VALUES ($1, $2, $3, 'incoming', $4, 'Peer support group', ARRAY['profile'], 'in_person', '2026-05-01', '{}', $5, 'Advocate', $6, $7, $8)`,
      [to.id, link, reference, from.id, sentAt, status, answer?.at ?? null, declineReason],
    );
    count(`referrals_between_members|${londonMonth(sentAt)}|sent`, from.id, 1);
    if (answer) count(`referrals_between_members|${londonMonth(answer.at)}|${answer.status}`, to.id, 1);
  }

  /** What the ledger says of a cell: the network total and how many organisations contributed, over those in the pool. */
  function expected(key: string, pooled: string[]): { total: number; organisations: number; only: Map<string, number> } {
    const only = new Map([...(ledger.get(key) ?? new Map<string, number>())].filter(([org, n]) => pooled.includes(org) && n > 0));
    return { total: [...only.values()].reduce((x, y) => x + y, 0), organisations: only.size, only };
  }

  const MEASURE_KEYS: Record<string, string[]> = {
    referrals: ['received'],
    journeys: ['open'],
    accompaniments: [...SUPPORT_LEVELS],
    self_advocacy: ['prepared_or_independent', 'advocate_led_or_accompanied'],
    concerns: [...CONCERN_CATEGORIES],
    referrals_between_members: ['sent', 'accepted', 'declined'],
  };
  const cellOf = (view: NetworkFiguresView, measure: string, month: string, category: string): NetworkFigure => {
    const table = view.tables.find((x) => x.measure === measure);
    const row = table?.rows.find((r) => r.month === month);
    return row?.cells[MEASURE_KEYS[measure].indexOf(category)] as NetworkFigure;
  };

  /**
   * Every figure against the ledger: a number only where at least three organisations contributed and it is 5 or more
   * (or 0 with none), '<5' only for 1 to 4 from three or more, and every hidden self-advocacy figure or support level
   * left with more than one possible value by the figures shown beside it.
   */
  function checkAgainstLedger(view: NetworkFiguresView, pooled: string[]) {
    const wrong: unknown[] = [];
    for (const [measure, categories] of Object.entries(MEASURE_KEYS)) {
      for (const month of [FROM, TO]) {
        for (const category of categories) {
          const key = `${measure}|${month}|${category}`;
          const { total, organisations } = expected(key, pooled);
          const figure = cellOf(view, measure, month, category);
          const ok =
            total === 0 ? figure === 0 : organisations < 3 ? figure === 'suppressed' : total < 5 ? figure === '<5' : figure === total || figure === 'suppressed';
          if (!ok) wrong.push({ key, total, organisations, figure });
        }
      }
    }
    for (const month of [FROM, TO]) {
      for (const [sum, parts] of [
        ['prepared_or_independent', ['prepared', 'independent']],
        ['advocate_led_or_accompanied', ['advocate_led', 'accompanied']],
      ] as const) {
        const shown = [cellOf(view, 'self_advocacy', month, sum), ...parts.map((p) => cellOf(view, 'accompaniments', month, p))];
        const domain = (f: NetworkFigure) => (typeof f === 'number' ? [f] : f === '<5' ? [1, 2, 3, 4] : Array.from({ length: 200 }, (_, i) => i + 1));
        const possible = [new Set<number>(), new Set<number>(), new Set<number>()];
        for (const x of domain(shown[1])) for (const y of domain(shown[2])) if (domain(shown[0]).includes(x + y)) [x + y, x, y].forEach((v, i) => possible[i].add(v));
        shown.forEach((f, i) => {
          if (typeof f !== 'number' && possible[i].size < 2) wrong.push({ month, sum, cell: i, shown, derivable: [...possible[i]] });
        });
      }
    }
    expect(wrong).toEqual([]);
  }

  const allFigures = (view: NetworkFiguresView) => view.tables.flatMap((x) => x.rows.flatMap((r) => r.cells));

  const t = useTestApp(async (t) => {
    const a = await member('Network figures A');
    const b = await member('Network figures B');
    const operator = await createNetworkOperator(t);
    const asOperator = await sessionFor(t, operator);
    // Organisation A
    const a1 = await journey(a, '2026-05-04');
    await journey(a, '2026-05-20');
    await journey(a, '2026-05-28');
    await journey(a, '2026-01-10', '2026-05-15T12:00:00Z');
 // open in May only
    await accompaniments(a, a1, 'advocate_led', 5, '2026-05-12T10:00:00Z');
    await accompaniments(a, a1, 'prepared', 2, '2026-05-19T10:00:00Z');
    // 00:30 on 1 June in London (BST) is still 31 May in UTC: June's.
    await accompaniments(a, a1, 'accompanied', 1, '2026-05-31T23:30:00Z');
    // Missed appointments gave no support: never counted.
    await accompaniments(a, a1, 'independent', 3, '2026-05-20T10:00:00Z', 'missed');
    await concerns(a, a1, 'risk_to_self', 2, '2026-05-06T09:00:00Z');
    await concerns(a, a1, 'neglect', 1, '2026-05-07T09:00:00Z');
    await concerns(a, a1, 'exploitation', 8, '2026-05-08T09:00:00Z');
    // Organisation B
    const b1 = await journey(b, '2026-05-02');
    const others: string[] = [];
    for (const day of ['05', '09', '15']) others.push(await journey(b, `2026-05-${day}`));
    await accompaniments(b, b1, 'advocate_led', 4, '2026-05-13T10:00:00Z');
    await accompaniments(b, b1, 'prepared', 3, '2026-05-14T10:00:00Z');
    await accompaniments(b, b1, 'independent', 6, '2026-05-21T10:00:00Z');
    await concerns(b, b1, 'risk_to_self', 2, '2026-05-11T09:00:00Z');
    await concerns(b, b1, 'neglect', 1, '2026-05-12T09:00:00Z');
    // Outside the months asked for: never in them.
    await concerns(b, b1, 'other', 9, '2026-04-30T22:30:00Z');
 // 23:30 on 30 April in London

    // Referrals between them: A to B three times (two accepted in May, one declined in June), B to A twice.
    await referral(a, b, a1, '2026-05-05T10:00:00Z', { status: 'accepted', at: '2026-05-07T10:00:00Z' });
    await referral(a, b, a1, '2026-05-06T10:00:00Z', { status: 'accepted', at: '2026-05-08T10:00:00Z' });
    await referral(a, b, a1, '2026-05-26T10:00:00Z', { status: 'declined', at: '2026-06-02T10:00:00Z' });
    await referral(b, a, others[0], '2026-05-10T10:00:00Z');
    await referral(b, a, others[1], '2026-05-11T10:00:00Z');
    return { a, b, operator, asOperator };
  });

  describe('a network of two organisations', () => {
    it('should suppress every figure above zero, so that the total minus her own organisation never gives the other', async () => {
      for (const as of [t.a.asManager, t.b.asManager, t.asOperator]) {
        const { body } = await as.get(`/api/network/figures?${QUERY}`).expect(200);
        const view = body as NetworkFiguresView;
        expect(view).toMatchObject({ from: FROM, to: TO, organisationsPooled: 2 });
        expect(view.tables.map((x) => x.measure)).toEqual(['referrals', 'journeys', 'accompaniments', 'self_advocacy', 'concerns', 'referrals_between_members']);
        const figures = allFigures(view);
        expect(figures.filter((f) => f !== 0 && f !== 'suppressed')).toEqual([]);
        // Something was there to hide, and zeros stay zeros.
        expect(figures.filter((f) => f === 'suppressed').length).toBeGreaterThan(10);
        expect(cellOf(view, 'accompaniments', FROM, 'accompanied')).toBe(0);
        checkAgainstLedger(view, [t.a.id, t.b.id]);
      }
    });

    it('should give the same suppressed figures as CSV', async () => {
      const res = await t.a.asManager.get(`/api/network/figures.csv?${QUERY}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain(`beside-network-figures-${FROM}-to-${TO}.csv`);
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe('month,measure,column,value');
      const values = lines.slice(1).map((l) => l.slice(l.lastIndexOf(',') + 1));
      expect(new Set(values)).toEqual(new Set(['0', 'suppressed']));
      // Two months × (1 + 1 + 4 + 2 + 8 + 3) columns.
      expect(lines).toHaveLength(1 + 2 * 19);
      expect(lines).toContain(`${FROM},"Referrals received","Referrals received",suppressed`);
    });
  });

  describe('a network of three organisations', () => {
    beforeAll(async () => {
      c = await member('Network figures C');
      const c1 = await journey(c, '2026-05-03');
      for (const day of ['06', '07', '08', '10', '11']) await journey(c, `2026-05-${day}`);
      await accompaniments(c, c1, 'advocate_led', 1, '2026-05-13T11:00:00Z');
      await accompaniments(c, c1, 'prepared', 1, '2026-05-14T11:00:00Z');
      await accompaniments(c, c1, 'independent', 3, '2026-05-22T11:00:00Z');
      await concerns(c, c1, 'risk_to_self', 1, '2026-05-13T09:00:00Z');
      await concerns(c, c1, 'neglect', 1, '2026-05-14T09:00:00Z');
      await referral(c, t.a, c1, '2026-05-20T10:00:00Z', { status: 'accepted', at: '2026-06-03T10:00:00Z' });
    });

    it('should show figures all three contribute to, "<5" for small ones, and suppress the rest and what would give them away', async () => {
      const { body } = await t.a.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
      const view = body as NetworkFiguresView;
      expect(view.organisationsPooled).toBe(3);
      checkAgainstLedger(view, [t.a.id, t.b.id, c.id]);
      // Referrals: 3 + 4 + 6; journeys open: those 13 and A's that closed in May.
      expect(cellOf(view, 'referrals', FROM, 'received')).toBe(13);
      expect(cellOf(view, 'referrals', TO, 'received')).toBe(0);
      expect(cellOf(view, 'journeys', FROM, 'open')).toBe(14);
      expect(cellOf(view, 'journeys', TO, 'open')).toBe(13);
      // Independent has two organisations (B, C): suppressed; with "she led" (15) shown beside it, prepared (6) would give it away: suppressed too.
      expect(view.tables.find((x) => x.measure === 'accompaniments')?.rows[0].cells).toEqual([10, 0, 'suppressed', 'suppressed']);
      expect(view.tables.find((x) => x.measure === 'self_advocacy')?.rows[0].cells).toEqual([15, 10]);
      // The appointment at 00:30 on 1 June in London is June's; one organisation only.
      expect(cellOf(view, 'accompaniments', TO, 'accompanied')).toBe('suppressed');
      // Concerns: risk to self 2 + 2 + 1; neglect 1 + 1 + 1 is "<5"; exploitation from A alone; B's April ones not here.
      expect(cellOf(view, 'concerns', FROM, 'risk_to_self')).toBe(5);
      expect(cellOf(view, 'concerns', FROM, 'neglect')).toBe('<5');
      expect(cellOf(view, 'concerns', FROM, 'exploitation')).toBe('suppressed');
      expect(cellOf(view, 'concerns', FROM, 'other')).toBe(0);
      // Referrals between members: sent by all three in May (3 + 2 + 1); answered by one or two organisations only.
      expect(view.tables.find((x) => x.measure === 'referrals_between_members')?.rows).toEqual([
        { month: FROM, cells: [6, 'suppressed', 0] },
        { month: TO, cells: [0, 'suppressed', 'suppressed'] },
      ]);
      expect(view.protection).toContain('<5');
    });

    it('should keep every figure one organisation knows of its own from giving away another organisation: what is shown always has three behind it', async () => {
      const { body } = await t.asOperator.get(`/api/network/figures?${QUERY}`).expect(200);
      const view = body as NetworkFiguresView;
      for (const [measure, categories] of Object.entries(MEASURE_KEYS)) {
        for (const month of [FROM, TO]) {
          for (const category of categories) {
            const figure = cellOf(view, measure, month, category);
            if (typeof figure === 'number' && figure > 0) expect(expected(`${measure}|${month}|${category}`, [t.a.id, t.b.id, c.id]).organisations).toBeGreaterThanOrEqual(3);
          }
        }
      }
    });

    it("should leave out an organisation's figures once it chooses not to share them, and take them back when it does", async () => {
      await c.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: false }).expect(200);
      const { body: without } = await t.b.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
      expect(without.organisationsPooled).toBe(2);
      expect(allFigures(without).filter((f) => f !== 0 && f !== 'suppressed')).toEqual([]);
      checkAgainstLedger(without, [t.a.id, t.b.id]);
      // Her organisation does not share, and its manager still sees the pool (there is nothing of hers in it to subtract).
      const { body: seenByC } = await c.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
      expect(seenByC).toEqual(without);
      await c.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: true }).expect(200);
      const { body: again } = await t.b.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
      expect(again.organisationsPooled).toBe(3);
      expect(cellOf(again, 'referrals', FROM, 'received')).toBe(13);
    });

    it('should count once for requests that arrive while the same figures are being counted, and never keep a count', async () => {
      const original = repository.findPooledFigures;
      // A count that takes a while, as at scale, so that the five requests arrive during it.
      const count = jest.spyOn(repository, 'findPooledFigures').mockImplementation(async (...args) => {
        await new Promise((r) => setTimeout(r, 1500));
        return original(...args);
      });
      try {
        const answers = await Promise.all([t.a.asManager, t.b.asManager, c.asManager, t.asOperator, t.a.asManager].map((as) => as.get(`/api/network/figures?${QUERY}`).expect(200)));
        expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
        expect(count.mock.calls.length).toBeGreaterThanOrEqual(1);
        // The embedded database has one connection: its transactions run one after another, so no count can be shared there.
        if (t.database.kind === 'external') expect(count.mock.calls.length).toBeLessThan(5);
        // Each look audited all the same.
        for (const r of answers) expect(await auditEventsFor(t, r)).toEqual([expect.objectContaining({ action: 'network_figures.read' })]);
        // One after another: counted each time, so a change shows at once.
        count.mockClear();
        await t.a.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
        await t.a.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
        expect(count).toHaveBeenCalledTimes(2);
      } finally {
        count.mockRestore();
      }
    });

    it("should keep a suspended organisation's past figures in the pool", async () => {
      await t.owner.query(`UPDATE organisation SET status = 'suspended', suspended_at = now(), suspension_reason = 'Test' WHERE id = $1`, [c.id]);
      try {
        const { body } = await t.asOperator.get(`/api/network/figures?${QUERY}`).expect(200);
        expect(body.organisationsPooled).toBe(3);
        expect(cellOf(body, 'referrals', FROM, 'received')).toBe(13);
      } finally {
        await t.owner.query(`UPDATE organisation SET status = 'active', suspended_at = NULL, suspension_reason = NULL WHERE id = $1`, [c.id]);
      }
    });

    it('should audit each look and each export, with the months asked for and never a figure', async () => {
      const read = await t.a.asManager.get(`/api/network/figures?${QUERY}`).expect(200);
      expect(await auditEventsFor(t, read)).toEqual([
        expect.objectContaining({
          action: 'network_figures.read',
          entity_type: 'network_figures',
          actor_user_id: t.a.manager.id,
          subject_id: null,
          detail: { from: FROM, to: TO, format: 'json', organisationsPooled: 3 },
        }),
      ]);
      const csv = await t.asOperator.get(`/api/network/figures.csv?${QUERY}`).expect(200);
      const [event] = await auditEventsFor(t, csv);
      expect(event).toMatchObject({ action: 'network_figures.exported', actor_user_id: t.operator.id, detail: { from: FROM, to: TO, format: 'csv', organisationsPooled: 3 } });
      // In the operator's own chain, not a member's.
      const [{ organisation_id }] = await t.owner.query(`SELECT organisation_id FROM audit_event WHERE request_id = $1`, [csv.headers['x-request-id']]);
      expect(organisation_id).toBe(t.operator.organisationId);
    });
  });

  describe('who may see them', () => {
    it('should refuse advocates, admins and women (403), and the operator the members\' own setting', async () => {
      const woman = await createUser(t, t.a.id, 'service_user');
      for (const who of [await sessionFor(t, t.a.advocate), t.a.asAdmin, await sessionFor(t, woman)]) {
        await who.get(`/api/network/figures?${QUERY}`).expect(403);
        await who.get(`/api/network/figures.csv?${QUERY}`).expect(403);
      }
      await t.asOperator.get('/api/organisation/network-figures').expect(403);
    });

    it('should answer only a manager or the operator in the database itself, whatever the API asks', async () => {
      const uow = t.app.get(UnitOfWork);
      for (const role of ['advocate', 'admin', 'service_user'] as const) {
        await expect(
          uow.run({ organisationId: t.a.id, userId: t.a.advocate.id, role }, (em) => em.query(`SELECT * FROM beside_network_figures('2026-05-01', '2026-06-01')`)),
        ).rejects.toThrow(/only managers of member organisations and the network operator/);
        await expect(uow.run({ organisationId: t.a.id, userId: t.a.advocate.id, role }, (em) => em.query(`SELECT * FROM beside_network_figures_pool()`))).rejects.toThrow(
          /only managers/,
        );
      }
      // The operator's role in a member's context is not the operator.
      await expect(
        uow.run({ organisationId: t.a.id, userId: t.operator.id, role: 'network_admin' }, (em) => em.query(`SELECT * FROM beside_network_figures('2026-05-01', '2026-06-01')`)),
      ).rejects.toThrow(/only managers/);
      // A manager gets totals and how many organisations contributed: no column names an organisation.
      const rows: Record<string, unknown>[] = await uow.run({ organisationId: t.a.id, userId: t.a.manager.id, role: 'manager' }, (em) =>
        em.query(`SELECT * FROM beside_network_figures('2026-05-01', '2026-06-01')`),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(Object.keys(rows[0]).sort()).toEqual(['category', 'measure', 'month', 'organisations', 'total']);
      expect(JSON.stringify(rows)).not.toContain(t.b.id);
      // beside_app cannot reach the check itself or count without it.
      await expect(uow.run({ organisationId: t.a.id, userId: t.a.manager.id, role: 'manager' }, (em) => em.query(`SELECT beside_network_figures_may_read()`))).rejects.toThrow(
        /permission denied/,
      );
    });
  });

  describe('bad input', () => {
    it.each([
      ['from=2026-07&to=2026-06', /from: The first month \(2026-07\) must not be after the last month \(2026-06\)/],
      ['from=2026-13&to=2026-06', /from: Enter a month as year and month/],
      ['from=2026-05&to=June', /to: Enter a month as year and month/],
      ['from=2024-01&to=2026-01', /to: Choose at most 24 months: from 2024-01 the last month can be 2025-12/],
      ['from=2026-01&to=2099-01', /to: Choose this month or an earlier one/],
      ['from=1999-12&to=2000-02', /from: Choose January 2000 or a later month/],
    ])('should refuse %s with 400 naming the problem, and audit nothing', async (query, message) => {
      const res = await t.a.asManager.get(`/api/network/figures?${query}`).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
      expect(await auditEventsFor(t, res)).toEqual([]);
      await t.a.asManager.get(`/api/network/figures.csv?${query}`).expect(400);
    });

    it('should take 24 months, and default to the twelve months before this one', async () => {
      await t.a.asManager.get('/api/network/figures?from=2024-01&to=2025-12').expect(200);
      const { body } = await t.a.asManager.get('/api/network/figures').expect(200);
      expect(body.tables[0].rows).toHaveLength(12);
      expect(body.to < londonMonth(new Date().toISOString())).toBe(true);
    });
  });

  describe("a member's decision to share its figures", () => {
    it('should be yes by default, readable by its admin and managers, and changed only by its admin', async () => {
      const { body } = await t.b.asAdmin.get('/api/organisation/network-figures').expect(200);
      expect(body).toEqual({ sharesNetworkFigures: true, changedAt: null });
      await t.b.asManager.get('/api/organisation/network-figures').expect(200, body);
      await t.b.asManager.put('/api/organisation/network-figures').send({ sharesNetworkFigures: false }).expect(403);
      await (await sessionFor(t, t.b.advocate)).get('/api/organisation/network-figures').expect(403);
    });

    it('should record when and by whom it was changed, audit it, and do nothing when it is already so', async () => {
      const res = await t.b.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: false }).expect(200);
      expect(res.body).toEqual({ sharesNetworkFigures: false, changedAt: expect.any(String) });
      const [row] = await t.owner.query(`SELECT shares_network_figures, shares_network_figures_changed_at, updated_by FROM organisation WHERE id = $1`, [t.b.id]);
      expect(row).toMatchObject({ shares_network_figures: false, updated_by: t.b.admin.id });
      expect(new Date(row.shares_network_figures_changed_at).toISOString()).toBe(res.body.changedAt);
      expect(await auditEventsFor(t, res)).toEqual([
        expect.objectContaining({
          action: 'organisation.network_figures_changed',
          entity_type: 'organisation',
          entity_id: t.b.id,
          actor_user_id: t.b.admin.id,
          detail: { sharesNetworkFigures: false, before: true },
        }),
      ]);
      const again = await t.b.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: false }).expect(200);
      expect(again.body).toEqual(res.body);
      expect(await auditEventsFor(t, again)).toEqual([]);
      await t.b.asManager.get('/api/organisation/network-figures').expect(200, res.body);
      await t.b.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: true }).expect(200);
    });

    it('should refuse anything but yes or no with 400 naming the field, changing nothing', async () => {
      for (const body of [{}, { sharesNetworkFigures: 'no' }, { sharesNetworkFigures: null }, { sharesNetworkFigures: true, other: 1 }]) {
        const res = await t.a.asAdmin.put('/api/organisation/network-figures').send(body).expect(400);
        expect(JSON.stringify(res.body.message)).toMatch(/sharesNetworkFigures|other/);
      }
      const [row] = await t.owner.query(`SELECT shares_network_figures, shares_network_figures_changed_at FROM organisation WHERE id = $1`, [t.a.id]);
      expect(row).toEqual({ shares_network_figures: true, shares_network_figures_changed_at: null });
    });

    it("should change only the admin's own organisation", async () => {
      await t.a.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: false }).expect(200);
      const rows: { id: string; shares_network_figures: boolean }[] = await t.owner.query(
        `SELECT id, shares_network_figures FROM organisation WHERE id = ANY($1) ORDER BY name`,
        [[t.a.id, t.b.id, c.id]],
      );
      expect(rows).toEqual([
        { id: t.a.id, shares_network_figures: false },
        { id: t.b.id, shares_network_figures: true },
        { id: c.id, shares_network_figures: true },
      ]);
      await t.a.asAdmin.put('/api/organisation/network-figures').send({ sharesNetworkFigures: true }).expect(200);
    });
  });
});

/** 'YYYY-MM' of an instant in London. */
function londonMonth(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).format(new Date(iso));
}
