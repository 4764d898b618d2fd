// Issue 9, item 3 — concurrent edits. Nia (service user) and Amara (her advocate) save the
// same goal (one Nia wrote, so both may change its wording) and the same profile (her
// preferred name) at the same moment, from the same version. Each round: exactly one save
// succeeds, the other gets 409 with `current` at the winner's version and values, and the
// row in the database holds the winner's values. Repeated ROUNDS times per record.
import { DEMO, freshDatabase, query, reportFigures, SCALE, signIn, startApi } from './lib/api-instance.mjs';

const ROUNDS = 100;
const serverUrl = process.env.DATABASE_URL;
const problems = [];
const fail = (message) => {
  problems.push(message);
  if (problems.length <= 20) console.error(`  ✗ ${message}`);
};

/**
 * One race: both saves fired together (Promise.all), each with the version read just before.
 * `nia` and `amara` are () => Promise<response>; `valueOf(body)` reads the edited value from a
 * record; `rowValue()` reads it from the database.
 */
async function race(kind, round, version, saves, valueOf, rowValue, outcome) {
  const names = Object.keys(saves);
  const answers = await Promise.all(names.map((n) => saves[n].send()));
  const ok = names.filter((_, i) => answers[i].status >= 200 && answers[i].status < 300);
  const conflicts = names.filter((_, i) => answers[i].status === 409);
  const statuses = names.map((n, i) => `${n} ${answers[i].status}`).join(', ');
  if (ok.length !== 1 || conflicts.length !== 1) {
    outcome.bad++;
    fail(`${kind} round ${round}: expected one success and one 409, got ${statuses}`);
    return;
  }
  const winner = ok[0];
  const loser = conflicts[0];
  outcome[`${winner} won`] = (outcome[`${winner} won`] ?? 0) + 1;
  const won = answers[names.indexOf(winner)].body;
  const lost = answers[names.indexOf(loser)].body;
  const expected = saves[winner].value;
  if (won.version !== version + 1) fail(`${kind} round ${round}: the winner's answer has version ${won.version}, expected ${version + 1}`);
  if (valueOf(won) !== expected) fail(`${kind} round ${round}: the winner's answer does not carry its own value`);
  if (!lost?.current) fail(`${kind} round ${round}: the 409 has no current version: ${JSON.stringify(lost).slice(0, 200)}`);
  else {
    if (lost.current.version !== version + 1) fail(`${kind} round ${round}: the 409's current has version ${lost.current.version}, expected ${version + 1}`);
    if (valueOf(lost.current) !== expected) fail(`${kind} round ${round}: the 409's current does not carry the winner's value`);
  }
  if (typeof lost?.message !== 'string' || !lost.requestId) fail(`${kind} round ${round}: the 409 is not in the error shape`);
  const row = await rowValue();
  if (row.value !== expected || row.version !== version + 1) {
    fail(`${kind} round ${round}: the database holds ${JSON.stringify(row)}, expected the ${winner}'s value at version ${version + 1}`);
  }
  if (row.value === saves[loser].value) fail(`${kind} round ${round}: the loser's value was written`);
}

const started = Date.now();
const db = await freshDatabase(serverUrl);
const api = await startApi({ databaseUrl: db.url, label: 'concurrent-edits' });
const figures = { rounds: ROUNDS };
try {
  const nia = await signIn(api.baseUrl, DEMO.serviceUser);
  const amara = await signIn(api.baseUrl, DEMO.advocate);

  // A goal in Nia's words: hers to reword, and her advocate's too.
  const created = await nia.post('/api/my/goals', { words: 'Find a GP who listens', category: 'health' });
  if (created.status !== 201) throw new Error(`could not create her goal: ${created.status} ${created.text}`);
  const goalId = created.body.id;
  const plan0 = await nia.get('/api/my/plan');
  const goal = { bad: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    const plan = await nia.get('/api/my/plan');
    const version = plan.body.goals.find((g) => g.id === goalId)?.version;
    if (typeof version !== 'number') throw new Error(`her goal is not in her plan: ${plan.status} ${plan.text.slice(0, 200)}`);
    const niaWords = `Find a GP who listens (Nia, round ${round})`;
    const amaraWords = `Find a GP who listens (Amara, round ${round})`;
    await race(
      'goal',
      round,
      version,
      {
        nia: { value: niaWords, send: () => nia.request('PATCH', `/api/my/goals/${goalId}`, { words: niaWords, version }) },
        amara: { value: amaraWords, send: () => amara.request('PATCH', `/api/goals/${goalId}`, { words: amaraWords, version }) },
      },
      (record) => record?.words,
      async () => {
        const [r] = await query(db.url, 'SELECT words AS value, version FROM goal WHERE id = $1', [goalId]);
        return r;
      },
      goal,
    );
  }

  // Her profile: her preferred name, from her details page and from the advocate's.
  const caseload = await amara.get('/api/journeys');
  const serviceUserId = caseload.body.items.find((j) => j.id === plan0.body.journeyId)?.serviceUserId;
  if (!serviceUserId) throw new Error(`her journey is not on her advocate's caseload: ${caseload.text.slice(0, 200)}`);
  const profile = { bad: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    const details = await nia.get('/api/my/details');
    const version = details.body.version;
    const niaName = `Nia ${round}`;
    const amaraName = `Nee ${round}`;
    await race(
      'profile',
      round,
      version,
      {
        nia: { value: niaName, send: () => nia.request('PATCH', '/api/my/details', { preferredName: niaName, version }) },
        amara: { value: amaraName, send: () => amara.request('PATCH', `/api/service-users/${serviceUserId}`, { preferredName: amaraName, version }) },
      },
      (record) => record?.preferredName,
      async () => {
        const [r] = await query(db.url, 'SELECT preferred_name AS value, version FROM service_user WHERE id = $1', [serviceUserId]);
        return r;
      },
      profile,
    );
  }

  figures.goal = goal;
  figures.profile = profile;
  figures.problems = problems.length;
  figures.seconds = Math.round((Date.now() - started) / 1000);
  console.log(`concurrent edits (${SCALE}): goal ${JSON.stringify(goal)}, profile ${JSON.stringify(profile)}, ${problems.length} problems`);
} catch (error) {
  fail(`the check could not run: ${error.message}`);
} finally {
  await api.stop();
  await db.drop();
}
reportFigures('concurrent-edits', figures);
if (problems.length) {
  console.error(`concurrent-edits: FAILED (${problems.length} problems)`);
  process.exit(1);
}
console.log('concurrent-edits: passed');
