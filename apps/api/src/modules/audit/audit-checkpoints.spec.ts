import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '../../config/environment';
import { checkpointPublicKey, checkpointSigningKey, parseKey, readCheckpoints, signCheckpoint, writeCheckpoints } from './audit-checkpoints';
import { createPublicKey } from 'node:crypto';

const ORG = '11111111-1111-4111-8111-111111111111';
const INSTALLATION = '22222222-2222-4222-8222-222222222222';

describe('audit checkpoints', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const base64 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

  it('should take the key as PEM or as base64 PKCS#8, and refuse a key that is not Ed25519', () => {
    expect(parseKey(pem, 'private').asymmetricKeyType).toBe('ed25519');
    expect(parseKey(base64, 'private').asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parseKey(rsa, 'private')).toThrow(/Ed25519/);
  });

  it('should refuse to start with a checkpoint key that cannot be used', () => {
    expect(() => validateEnvironment({ AUDIT_CHECKPOINT_KEY: 'not a key' })).toThrow(/AUDIT_CHECKPOINT_KEY/);
    expect(() => validateEnvironment({ AUDIT_CHECKPOINT_KEY_FILE: '/nonexistent/key.pem' })).toThrow(/AUDIT_CHECKPOINT_KEY_FILE/);
    expect(validateEnvironment({ AUDIT_CHECKPOINT_KEY: base64 }).AUDIT_CHECKPOINT_KEY).toBe(base64);
  });

  it('should write a signed line per head that moved, and read back only what the key signed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beside-cp-'));
    const heads = [{ organisation_id: ORG, seq: 3, hash: 'a'.repeat(64) }];
    expect(writeCheckpoints(dir, privateKey, INSTALLATION, heads)).toHaveLength(1);
    expect(writeCheckpoints(dir, privateKey, INSTALLATION, heads)).toHaveLength(0);
    const read = readCheckpoints(dir, createPublicKey(privateKey), INSTALLATION).get(ORG);
    expect(read).toEqual([expect.objectContaining({ valid: true, seq: 3 })]);
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(readCheckpoints(dir, other, INSTALLATION).get(ORG)).toEqual([expect.objectContaining({ valid: false })]);
    const forged = signCheckpoint({ installationId: INSTALLATION, organisationId: ORG, seq: 3, hash: 'a'.repeat(64), at: 'x' }, privateKey);
    expect(forged.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('should have no key to check with until one is configured or generated', () => {
    const base = mkdtempSync(join(tmpdir(), 'beside-data-'));
    const settings = { NODE_ENV: 'production', BESIDE_DATA_DIR: join(base, 'pglite') };
    expect(checkpointPublicKey(settings)).toBeNull();
    checkpointSigningKey(settings);
    expect(checkpointPublicKey(settings)?.asymmetricKeyType).toBe('ed25519');
    expect(checkpointPublicKey({ ...settings, AUDIT_CHECKPOINT_KEY: base64 })?.asymmetricKeyType).toBe('ed25519');
  });

  it('should generate a development key once into the data folder', () => {
    const base = mkdtempSync(join(tmpdir(), 'beside-data-'));
    const settings = { NODE_ENV: 'development', BESIDE_DATA_DIR: join(base, 'pglite') };
    const first = checkpointSigningKey(settings).export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(checkpointSigningKey(settings).export({ format: 'der', type: 'pkcs8' }).toString('base64')).toBe(first);
  });
});
