// API suites first, then browser journeys, each alphabetically; the log privacy check
// runs last so that it reads the log of everything the other suites did.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /log-privacy\.e2e-spec\.ts$/;
const rank = (path) => (LAST.test(path) ? 2 : /[\\/]web[\\/]/.test(path) ? 1 : 0);

class EndToEndSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = EndToEndSequencer;
