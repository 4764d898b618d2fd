import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { appendFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Signed checkpoints of the audit chains, kept outside the database (issue 14.3).
 *
 * Every so often (the job runner, or `npm run cli -- audit-checkpoint`) each organisation's
 * chain head — its last sequence number and hash — is signed with an Ed25519 key that is not
 * in the database and appended, one JSON line per checkpoint, to a file in a directory the
 * database administrator does not control. The verifier checks every checkpoint against the
 * chain: an event rewritten (and the rest re-linked), the chain rewound, or its tail cut off
 * after a checkpoint no longer matches what was signed.
 *
 * Files: `<dir>/<installation id>/<organisation id>.jsonl`. The installation id (table
 * audit_installation) keeps the checkpoints of one database apart from another's.
 */

export interface CheckpointSettings {
  NODE_ENV: string;
  BESIDE_DATA_DIR: string;
  AUDIT_CHECKPOINT_KEY?: string;
  AUDIT_CHECKPOINT_KEY_FILE?: string;
  AUDIT_CHECKPOINT_PUBLIC_KEY?: string;
  AUDIT_CHECKPOINT_DIR?: string;
}

export interface Checkpoint {
  installationId: string;
  organisationId: string;
  seq: number;
  hash: string;
  at: string;
}

export interface SignedCheckpoint extends Checkpoint {
  signature: string;
}

/** A checkpoint as read back: its signature checked. */
export type ReadCheckpoint = (Checkpoint & { valid: true }) | { valid: false; organisationId: string; line: number; problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_FILE_NAME = 'audit-checkpoint-key.pem';
let memoryBase: string | null = null;

/** Where development keeps what is not in the database: next to the embedded database's folder, or a temporary folder for a throw-away one. */
function dataBase(settings: CheckpointSettings): string {
  if (settings.BESIDE_DATA_DIR === 'memory') return (memoryBase ??= mkdtempSync(join(tmpdir(), 'beside-memory-')));
  return dirname(resolve(settings.BESIDE_DATA_DIR));
}

export function checkpointDirectory(settings: CheckpointSettings): string {
  return resolve(settings.AUDIT_CHECKPOINT_DIR ?? join(dataBase(settings), 'audit-checkpoints'));
}

/** A key given as PEM, or as base64 of its DER (PKCS#8 for a private key, SPKI for a public one). */
export function parseKey(text: string, kind: 'private' | 'public'): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? kind === 'private'
      ? createPrivateKey(trimmed)
      : createPublicKey(trimmed)
    : kind === 'private'
      ? createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
      : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the audit checkpoint key must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  return key;
}

/** The signing key: AUDIT_CHECKPOINT_KEY, else AUDIT_CHECKPOINT_KEY_FILE, else one generated once into the data folder. */
export function checkpointSigningKey(settings: CheckpointSettings): KeyObject {
  if (settings.AUDIT_CHECKPOINT_KEY) return parseKey(settings.AUDIT_CHECKPOINT_KEY, 'private');
  if (settings.AUDIT_CHECKPOINT_KEY_FILE) return parseKey(readFileSync(settings.AUDIT_CHECKPOINT_KEY_FILE, 'utf8'), 'private');
  const file = join(dataBase(settings), KEY_FILE_NAME);
  if (!existsSync(file)) {
    // Written aside then linked into place: two instances starting together end up with one key, never half of one.
    mkdirSync(dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(aside, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(aside);
    }
  }
  return parseKey(readFileSync(file, 'utf8'), 'private');
}

/**
 * The key that checks checkpoints: AUDIT_CHECKPOINT_PUBLIC_KEY, else the signing key's public half;
 * null when no key was ever configured or generated (then there are no checkpoints to check).
 */
export function checkpointPublicKey(settings: CheckpointSettings): KeyObject | null {
  if (settings.AUDIT_CHECKPOINT_PUBLIC_KEY) return parseKey(settings.AUDIT_CHECKPOINT_PUBLIC_KEY, 'public');
  if (!settings.AUDIT_CHECKPOINT_KEY && !settings.AUDIT_CHECKPOINT_KEY_FILE && !existsSync(join(dataBase(settings), KEY_FILE_NAME))) return null;
  return createPublicKey(checkpointSigningKey(settings));
}

/** Checks the key settings at start-up; returns problems in the words of the configuration. */
export function checkpointSettingsProblems(settings: CheckpointSettings): string[] {
  const problems: string[] = [];
  if (settings.AUDIT_CHECKPOINT_KEY && settings.AUDIT_CHECKPOINT_KEY_FILE) problems.push('AUDIT_CHECKPOINT_KEY and AUDIT_CHECKPOINT_KEY_FILE: give one, not both');
  const tryKey = (name: string, read: () => unknown) => {
    try {
      read();
    } catch (e) {
      problems.push(`${name}: not a usable Ed25519 key (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  if (settings.AUDIT_CHECKPOINT_KEY) tryKey('AUDIT_CHECKPOINT_KEY', () => parseKey(settings.AUDIT_CHECKPOINT_KEY as string, 'private'));
  if (settings.AUDIT_CHECKPOINT_KEY_FILE) {
    tryKey('AUDIT_CHECKPOINT_KEY_FILE', () => parseKey(readFileSync(settings.AUDIT_CHECKPOINT_KEY_FILE as string, 'utf8'), 'private'));
  }
  if (settings.AUDIT_CHECKPOINT_PUBLIC_KEY) tryKey('AUDIT_CHECKPOINT_PUBLIC_KEY', () => parseKey(settings.AUDIT_CHECKPOINT_PUBLIC_KEY as string, 'public'));
  return problems;
}

function signedText(c: Checkpoint): Buffer {
  return Buffer.from(`beside-audit-checkpoint:v1:${c.installationId}:${c.organisationId}:${c.seq}:${c.hash}:${c.at}`, 'utf8');
}

export function signCheckpoint(c: Checkpoint, key: KeyObject): SignedCheckpoint {
  return { ...c, signature: sign(null, signedText(c), key).toString('base64') };
}

export function checkpointSignatureValid(c: SignedCheckpoint, key: KeyObject): boolean {
  try {
    return verify(null, signedText(c), key, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Appends one signed checkpoint per head that moved since its organisation's last one; returns those written. */
export function writeCheckpoints(
  dir: string,
  key: KeyObject,
  installationId: string,
  heads: { organisation_id: string; seq: string | number; hash: string }[],
  at = new Date(),
): SignedCheckpoint[] {
  if (!UUID.test(installationId)) throw new Error('not an installation id');
  const folder = join(dir, installationId);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const written: SignedCheckpoint[] = [];
  for (const head of heads) {
    if (!UUID.test(head.organisation_id)) continue;
    const seq = Number(head.seq);
    const last = lastLine(join(folder, `${head.organisation_id}.jsonl`));
    if (last && last.seq === seq && last.hash === head.hash) continue;
    const signed = signCheckpoint({ installationId, organisationId: head.organisation_id, seq, hash: head.hash, at: at.toISOString() }, key);
    appendFileSync(join(folder, `${head.organisation_id}.jsonl`), `${JSON.stringify(signed)}\n`, { mode: 0o600 });
    written.push(signed);
  }
  return written;
}

function lastLine(file: string): SignedCheckpoint | null {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  try {
    return lines.length ? (JSON.parse(lines[lines.length - 1]) as SignedCheckpoint) : null;
  } catch {
    return null;
  }
}

/**
 * Every checkpoint of this installation (of some organisations only, if given), each with its
 * signature checked. A line that does not parse or whose signature fails is returned as invalid:
 * the verifier reports it, since it means the checkpoints themselves were tampered with.
 */
export function readCheckpoints(dir: string, key: KeyObject, installationId: string, organisationIds?: string[]): Map<string, ReadCheckpoint[]> {
  const result = new Map<string, ReadCheckpoint[]>();
  const folder = join(dir, installationId);
  if (!UUID.test(installationId) || !existsSync(folder)) return result;
  const files = readdirSync(folder).filter((f) => f.endsWith('.jsonl') && UUID.test(f.slice(0, -6)));
  for (const file of files.sort()) {
    const organisationId = file.slice(0, -6);
    if (organisationIds && !organisationIds.includes(organisationId)) continue;
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    const read: ReadCheckpoint[] = [];
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      try {
        const c = JSON.parse(text) as SignedCheckpoint;
        const ok =
          c.installationId === installationId && c.organisationId === organisationId && Number.isSafeInteger(c.seq) && /^[0-9a-f]{64}$/.test(c.hash) &&
          typeof c.at === 'string' && checkpointSignatureValid(c, key);
        read.push(ok ? { installationId, organisationId, seq: c.seq, hash: c.hash, at: c.at, valid: true } : { valid: false, organisationId, line: i + 1, problem: 'its signature does not verify' });
      } catch {
        read.push({ valid: false, organisationId, line: i + 1, problem: 'it is not a checkpoint' });
      }
    });
    result.set(organisationId, read);
  }
  return result;
}
