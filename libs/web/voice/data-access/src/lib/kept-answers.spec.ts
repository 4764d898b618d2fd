import { TestBed } from '@angular/core/testing';
import { KeptAnswers } from './kept-answers';

describe('KeptAnswers', () => {
  let sut: KeptAnswers;

  beforeEach(() => {
    localStorage.clear();
    sut = TestBed.inject(KeptAnswers);
  });

  it('should give back what she kept for the same consultation only', () => {
    sut.keep('c1', '2099-01-31', { q1: { scale: 7 } });
    expect(sut.read('c1')).toEqual({ q1: { scale: 7 } });
    expect(sut.read('c2')).toBeNull();
  });

  it('should forget them when asked, and when the consultation has closed', () => {
    sut.keep('c1', '2099-01-31', { q1: { scale: 7 } });
    sut.keep('c2', '2026-03-01', { q1: { text: 'Hello' } });
    localStorage.setItem('someone-else', 'kept');
    sut.forgetClosed('2026-03-02');
    expect(sut.read('c2')).toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('kept');
    sut.forget('c1');
    expect(sut.read('c1')).toBeNull();
  });

  it('should keep only the given ones of a kind', () => {
    sut.keep('my.c1', '2099-01-31', { q1: { scale: 1 } });
    sut.keep('my.c2', '2099-01-31', { q1: { scale: 2 } });
    sut.keep('public.s', '2099-01-31', { q1: { scale: 3 } });
    sut.keepOnly('my.', ['my.c2']);
    expect([sut.read('my.c1'), sut.read('my.c2'), sut.read('public.s')]).toEqual([null, { q1: { scale: 2 } }, { q1: { scale: 3 } }]);
  });

  it('should drop what it cannot read', () => {
    localStorage.setItem('beside.consultation-answers.c1', '{not json');
    expect(sut.read('c1')).toBeNull();
    expect(localStorage.getItem('beside.consultation-answers.c1')).toBeNull();
  });
});
