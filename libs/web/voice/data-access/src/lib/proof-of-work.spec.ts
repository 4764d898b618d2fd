import { createHash } from 'node:crypto';
import { leadingZeroBits, solveProofOfWork, type Digest } from './proof-of-work';

const sha256: Digest = async (bytes) => Uint8Array.from(createHash('sha256').update(bytes).digest()).buffer;

/** The API's own search (apps/api/src/modules/consultations/proof-of-work.ts), to compare with. */
function firstSolution(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(challenge + nonce).digest()) >= bits) return nonce;
  }
}

describe('solveProofOfWork', () => {
  it('should find the same nonce as the API would, hashing challenge and nonce as UTF-8 text', async () => {
    const challenge = 'c1.1767225600000.0f3a.é-signed';
    const progress: number[] = [];
    const nonce = await solveProofOfWork(challenge, 10, { digest: sha256, onProgress: (share) => progress.push(share) });
    expect(nonce).toBe(firstSolution(challenge, 10));
    expect(progress.at(-1)).toBe(1);
    expect(progress.slice(0, -1).every((share) => share > 0 && share <= 0.95)).toBe(true);
  });

  it('should stop when asked to', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveProofOfWork('x', 30, { digest: sha256, signal: controller.signal })).rejects.toThrow('Stopped');
  });

  it('should count the leading zero bits across bytes', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });
});
