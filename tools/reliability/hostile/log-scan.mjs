// Searches API logs for personal data. The outage and load logs run to tens of megabytes, so
// plain indexOf passes (fast) rather than one big regular expression (slow on long runs of
// letters and digits).
import { readFileSync } from 'node:fs';

// The start-up banner lists the demo logins on purpose (for whoever ran npm start): from its
// first line up to the next JSON line, or the end of the file.
const BANNER = /^[ \t]*Beside is running at [\s\S]*?(?=^\{|(?![\s\S]))/gm;
const EMAIL_LEFT = /[A-Za-z0-9._%+-]$/;
const EMAIL_RIGHT = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

function context(text, at) {
  return text.slice(Math.max(0, at - 80), at + 80).replace(/\n/g, ' ');
}

/** { lines, found: ["file: hit in …context…"] } for every needle and any email address. */
export function scanLogs(paths, needles) {
  let lines = 0;
  const found = [];
  for (const path of paths) {
    const file = path.split('/').pop();
    const text = readFileSync(path, 'utf8').replace(BANNER, '');
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    for (const needle of needles.filter(Boolean)) {
      const at = text.indexOf(needle);
      if (at !== -1) found.push(`${file}: ${needle.length > 20 ? `${needle.slice(0, 6)}…` : needle} in ${context(text, at)}`);
    }
    for (let at = text.indexOf('@'); at !== -1 && found.length < 20; at = text.indexOf('@', at + 1)) {
      if (EMAIL_LEFT.test(text.slice(Math.max(0, at - 1), at)) && EMAIL_RIGHT.test(text.slice(at + 1, at + 256))) {
        found.push(`${file}: an email address in ${context(text, at)}`);
      }
    }
  }
  return { lines, found };
}
