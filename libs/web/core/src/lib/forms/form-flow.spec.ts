import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { of, throwError } from 'rxjs';
import type { WriteResult } from '../http/write-result';
import type { FieldDescriptions } from './form-errors';
import { FormFlow } from './form-flow';

const FIELDS: FieldDescriptions<'words'> = { words: { id: 'words-input', label: 'Words', messages: { required: 'Write some words' } } };

function flow(value = '') {
  const form = new FormGroup({ words: new FormControl(value, { nonNullable: true, validators: [Validators.required] }) });
  return new FormFlow(form, FIELDS);
}

describe('FormFlow', () => {
  it('should touch every field, list the errors and send nothing when the form is invalid', async () => {
    const sut = flow();
    const write = jest.fn();
    expect(await sut.submit({ body: {}, write })).toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(sut.form.controls.words.touched).toBe(true);
    expect(sut.errors()).toEqual([{ fieldId: 'words-input', message: 'Write some words' }]);
  });

  it('should be pending from the click itself, so a second submit sends nothing', async () => {
    const sut = flow('hello');
    let release!: (r: WriteResult<string>) => void;
    const write = jest.fn(() => new Promise<WriteResult<string>>((resolve) => (release = resolve)));
    const first = sut.submit({ body: 'hello', write });
    expect(sut.pending()).toBe(true);
    expect(await sut.submit({ body: 'hello', write })).toBeNull();
    release({ ok: true, value: 'saved' });
    await first;
    expect(write).toHaveBeenCalledTimes(1);
    expect(sut.pending()).toBe(false);
  });

  it('should reuse the Idempotency-Key when the same body is sent again after no answer', async () => {
    const sut = flow('hello');
    const keys: string[] = [];
    await sut.submit({ body: 'hello', write: (k) => (keys.push(k), throwError(() => new HttpErrorResponse({ status: 0 }))) });
    expect(sut.errors()[0].message).toContain('could not reach Beside');
    await sut.submit({ body: 'hello', write: (k) => (keys.push(k), of('saved')) });
    expect(keys[0]).toBe(keys[1]);
    expect(sut.errors()).toEqual([]);
  });

  it('should put a field problem on its field and call saved only on success', async () => {
    const sut = flow('hello');
    const saved = jest.fn();
    const problem = { status: 400, messages: ['words: Too short.'], requestId: null, retryAfterSeconds: null };
    await sut.submit({ body: 1, write: async () => ({ ok: false as const, problem, conflict: null }), saved });
    expect(saved).not.toHaveBeenCalled();
    expect(sut.message('words')).toBe('Too short.');
    expect(sut.errors()).toEqual([{ fieldId: 'words-input', message: 'Too short.' }]);
  });

  it('should show the conflict notice with the current record on a stale version', async () => {
    const sut = flow('hello');
    const conflict = jest.fn();
    const problem = { status: 409, messages: ['Someone else changed this.'], requestId: null, retryAfterSeconds: null };
    await sut.submit({ body: 1, write: async () => ({ ok: false as const, problem, conflict: { message: 'x', current: 'now' } }), conflict });
    expect(conflict).toHaveBeenCalledWith({ message: 'x', current: 'now' });
    expect(sut.conflict()).toBe('Someone else changed this.');
    expect(sut.errors()).toEqual([]);
  });
});
