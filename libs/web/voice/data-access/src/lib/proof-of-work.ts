/** sha256 of some bytes, as Web Crypto gives it. */
export type Digest = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

export interface SolveOptions {
  /** How far along, 0 to 1, against the tries it takes on average (never quite 1 until found). */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
  /** For specs; her browser's Web Crypto otherwise. */
  digest?: Digest;
}

/** Tries hashed together before the page gets a turn: small enough that typing and reading stay smooth. */
const CHUNK = 256;

/**
 * Finds a nonce so that sha256(challenge + nonce) starts with `bits` zero bits, as the API checks it
 * (apps/api/src/modules/consultations/proof-of-work.ts): the nonce is a count in base 36, the two joined as text and
 * hashed as UTF-8. Works in small chunks that each give the page back its turn, so it can run while she answers.
 */
export async function solveProofOfWork(challenge: string, bits: number, options: SolveOptions = {}): Promise<string> {
  const digest = options.digest ?? webCryptoDigest();
  const encoder = new TextEncoder();
  const expected = 2 ** bits;
  for (let start = 0; ; start += CHUNK) {
    if (options.signal?.aborted) throw new DOMException('Stopped', 'AbortError');
    const nonces = Array.from({ length: CHUNK }, (_, i) => (start + i).toString(36));
    const hashes = await Promise.all(nonces.map((nonce) => digest(encoder.encode(challenge + nonce))));
    const found = hashes.findIndex((hash) => leadingZeroBits(new Uint8Array(hash)) >= bits);
    if (found >= 0) {
      options.onProgress?.(1);
      return nonces[found];
    }
    options.onProgress?.(Math.min(0.95, (start + CHUNK) / expected));
    await new Promise((resolve) => setTimeout(resolve));
  }
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

function webCryptoDigest(): Digest {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('This browser cannot prepare the answers to send: try another browser.');
  return (bytes) => subtle.digest('SHA-256', bytes);
}
