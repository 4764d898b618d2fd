import { londonToday } from '@beside/shared/util';
import { UnitOfWork } from '../../../database/unit-of-work';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, createJourney } from '../../../testing/fixtures';
import { herJourney, womanWithAccount } from '../../../testing/journey-team';

const daysAgo = (n: number) => londonToday(new Date(Date.now() - n * 86_400_000));

describe('her challenges in her portal', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t);
    const other = await womanWithAccount(t, team.org);
    const otherJourney = await createJourney(t, team.org, other.her, team.asha.id);
    const open = (journey: string, body: object) => team.advocate.post(`/api/journeys/${journey}/challenges`).send(body);
    const complaint = await open(team.journey, {
      typeKey: 'nhs_complaint',
      bodyChallenged: 'North Riverside NHS Trust',
      herWords: 'I want my psychiatrist to listen to me',
      eventOn: daysAgo(20),
      startedOn: daysAgo(10),
    });
    const moved = await team.advocate
      .post(`/api/challenges/${complaint.body.id}/stages`)
      .send({ version: complaint.body.version, stageKey: 'acknowledgement', on: daysAgo(1), supportLevel: 'prepared' });
    expect(moved.status).toBe(201);
    await team.advocate.patch(`/api/challenges/${complaint.body.id}/stages/${complaint.body.stages[0].id}`).send({ version: 2, note: 'Staff only: the ward manager was defensive' });
    await open(otherJourney, { typeKey: 'housing_review', bodyChallenged: 'Riverside Council', herWords: 'Another woman\'s words', eventOn: daysAgo(3) });
    return { ...team, other, complaint: complaint.body as { id: string } };
  });

  it('should show her own challenges in plain words: the stage, the next date, who spoke, what comes next — and no staff notes', async () => {
    const res = await t.she.get('/api/my/challenges');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    const [mine] = res.body;
    expect(mine).toMatchObject({
      id: t.complaint.id,
      typeName: 'NHS complaint',
      herWords: 'I want my psychiatrist to listen to me',
      status: 'open',
      now: { name: 'Complaint acknowledged', since: daysAgo(1) },
      stagesDone: [{ name: 'Complaint made', endedOn: daysAgo(1), supportLevel: 'prepared' }],
      stagesAhead: [{ name: 'Response' }, { name: 'Parliamentary and Health Service Ombudsman' }],
    });
    expect(mine.nextDeadline.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(res.body)).not.toContain('defensive');
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'challenge.list', subject_id: t.her });
    const theirs = await t.other.she.get('/api/my/challenges');
    expect(theirs.body.map((c: { herWords: string }) => c.herWords)).toEqual(["Another woman's words"]);
  });

  it('should keep her to her own rows in the database and let her write none', async () => {
    const uow = t.app.get(UnitOfWork);
    const asHer = (sql: string) => uow.run({ organisationId: t.org, userId: t.herAccount.id, role: 'service_user' }, (em) => em.query(sql));
    expect((await asHer(`SELECT her_words FROM challenge`)).map((r: { her_words: string }) => r.her_words)).toEqual(['I want my psychiatrist to listen to me']);
    expect(await asHer(`SELECT count(*)::int AS n FROM challenge_stage`)).toEqual([{ n: 2 }]);
    await expect(asHer(`UPDATE challenge SET her_words = 'changed'`)).rejects.toThrow(/row-level security/);
  });
});
