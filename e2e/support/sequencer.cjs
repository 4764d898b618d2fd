// API suites first, then browser journeys, each alphabetically; the log privacy check
// runs last so that it reads the log of everything the other suites did.
// Sharded (`e2e/run.mjs` runs shards side by side, each with its own API and database): the suites
// are dealt out by how long they take, and every shard ends with its own log privacy check.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /log-privacy\.e2e-spec\.ts$/;
const rank = (path) => (LAST.test(path) ? 2 : /[\\/]web[\\/]/.test(path) ? 1 : 0);

/** Rough seconds each suite takes on a CI machine; a suite not named here counts as 20 (browser) or 5 (API). */
const SECONDS = {
  'her-safety': 90,
  safeguarding: 50,
  'invitation-from-inbox': 45,
  'staff-forms': 40,
  referrals: 40,
  'network-operator': 35,
  'identity-and-audit': 33,
  'admin-accounts': 30,
  appointments: 30,
  'emergency-access': 28,
  'her-proposals': 25,
  'npm-start': 20,
};
const weight = (path) => {
  const name = path.replace(/^.*[\\/]/, '').replace(/\.e2e-spec\.ts$/, '');
  return SECONDS[name] ?? (/[\\/]web[\\/]/.test(path) ? 20 : 5);
};

class EndToEndSequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    const loads = Array.from({ length: shardCount }, () => ({ seconds: 0, tests: [] }));
    const dealt = tests.filter((t) => !LAST.test(t.path)).sort((a, b) => weight(b.path) - weight(a.path) || a.path.localeCompare(b.path));
    for (const test of dealt) {
      const lightest = loads.reduce((min, load) => (load.seconds < min.seconds ? load : min));
      lightest.seconds += weight(test.path);
      lightest.tests.push(test);
    }
    return [...loads[shardIndex - 1].tests, ...tests.filter((t) => LAST.test(t.path))];
  }

  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = EndToEndSequencer;
