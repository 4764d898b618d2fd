import type { ApiProblem } from '../http/api-problem';
import type { WriteResult } from '../http/write-result';
import { FormSubmission, idempotencyHeaders } from './form-submission';

function problem(status: number, messages = ['x']): ApiProblem {
  return { status, messages, requestId: null, retryAfterSeconds: null };
}
const failed = (status: number, messages?: string[]): WriteResult<string> => ({ ok: false, problem: problem(status, messages), conflict: null });
const ok: WriteResult<string> = { ok: true, value: 'saved' };

describe('FormSubmission', () => {
  it('should send nothing for a second submit while the first is pending', async () => {
    const sut = new FormSubmission();
    let release!: (r: WriteResult<string>) => void;
    const write = jest.fn(() => new Promise<WriteResult<string>>((resolve) => (release = resolve)));
    const first = sut.run({ a: 1 }, write);
    expect(sut.pending()).toBe(true);
    expect(await sut.run({ a: 1 }, write)).toBeNull();
    release(ok);
    expect(await first).toBe(ok);
    expect(write).toHaveBeenCalledTimes(1);
    expect(sut.pending()).toBe(false);
  });

  it('should reuse the key when the same body is retried after no answer', async () => {
    const sut = new FormSubmission();
    const keys: string[] = [];
    await sut.run({ a: 1 }, async (k) => (keys.push(k), failed(0)));
    await sut.run({ a: 1 }, async (k) => (keys.push(k), ok));
    expect(keys[0]).toBe(keys[1]);
  });

  it('should reuse the key after a server fault or an in-progress answer', async () => {
    const sut = new FormSubmission();
    const keys: string[] = [];
    await sut.run('b', async (k) => (keys.push(k), failed(503)));
    await sut.run('b', async (k) => (keys.push(k), failed(409, ['A request with this Idempotency-Key is still being processed'])));
    await sut.run('b', async (k) => (keys.push(k), ok));
    expect(new Set(keys).size).toBe(1);
  });

  it('should use a new key when the body changed', async () => {
    const sut = new FormSubmission();
    const keys: string[] = [];
    await sut.run({ a: 1 }, async (k) => (keys.push(k), failed(0)));
    await sut.run({ a: 2 }, async (k) => (keys.push(k), ok));
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('should use a new key after a submission was answered', async () => {
    const sut = new FormSubmission();
    const keys: string[] = [];
    await sut.run('same', async (k) => (keys.push(k), ok));
    await sut.run('same', async (k) => (keys.push(k), ok));
    await sut.run('same', async (k) => (keys.push(k), failed(400)));
    await sut.run('same', async (k) => (keys.push(k), ok));
    expect(new Set(keys).size).toBe(4);
  });

  it('should free the form again when the write throws', async () => {
    const sut = new FormSubmission();
    await expect(sut.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(sut.pending()).toBe(false);
  });
});

describe('idempotencyHeaders', () => {
  it('should give the header only when there is a key', () => {
    expect(idempotencyHeaders('k1')).toEqual({ 'Idempotency-Key': 'k1' });
    expect(idempotencyHeaders(null)).toEqual({});
  });
});
