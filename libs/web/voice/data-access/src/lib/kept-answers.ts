import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import type { ConsultationAnswer } from '@beside/shared/contracts';
import { londonToday } from '@beside/web/journeys/data-access';

/** Her answer to one question while she is still answering (the question's id is the key it is kept under). */
export type DraftAnswer = Omit<ConsultationAnswer, 'questionId'>;
export type DraftAnswers = Record<string, DraftAnswer>;

interface Kept {
  closesOn: string;
  answers: DraftAnswers;
}

const PREFIX = 'beside.consultation-answers.';

/** Where her answers to a consultation in her portal are kept. */
export function myKeptKey(consultationId: string): string {
  return `my.${consultationId}`;
}

/** Where answers through a public link are kept (a slug has no dot, so the two never meet). */
export function publicKeptKey(slug: string): string {
  return `public.${slug}`;
}

/**
 * Her answers kept in her browser as she goes (never on the server before she sends), so she can leave and come back
 * through the same link while the consultation is open. Forgotten when she sends, when it has closed, and by the quick
 * exit (which clears this site's storage).
 */
@Injectable({ providedIn: 'root' })
export class KeptAnswers {
  private readonly storage = storageOf(inject(DOCUMENT).defaultView);

  /** What she had answered, unless the consultation has closed since (then it is forgotten). */
  read(key: string): DraftAnswers | null {
    this.forgetClosed();
    const kept = this.parse(this.storage?.getItem(PREFIX + key) ?? null);
    return kept ? kept.answers : null;
  }

  keep(key: string, closesOn: string, answers: DraftAnswers): void {
    try {
      this.storage?.setItem(PREFIX + key, JSON.stringify({ closesOn, answers } satisfies Kept));
    } catch {
      // Storage full or switched off: she can still answer, it just is not kept.
    }
  }

  forget(key: string): void {
    this.storage?.removeItem(PREFIX + key);
  }

  /** Forgets every consultation's answers under `prefix` except those of `keys` (the ones she can still send). */
  keepOnly(prefix: string, keys: string[]): void {
    for (const key of this.keys()) {
      const own = key.slice(PREFIX.length);
      if (own.startsWith(prefix) && !keys.includes(own)) this.storage?.removeItem(key);
    }
  }

  /** Forgets every consultation's answers whose closing day has passed. */
  forgetClosed(today = londonToday()): void {
    for (const key of this.keys()) {
      const kept = this.parse(this.storage?.getItem(key) ?? null);
      if (!kept || kept.closesOn < today) this.storage?.removeItem(key);
    }
  }

  private keys(): string[] {
    const storage = this.storage;
    if (!storage) return [];
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
  }

  private parse(raw: string | null): Kept | null {
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<Kept>;
      return typeof value.closesOn === 'string' && typeof value.answers === 'object' && value.answers ? (value as Kept) : null;
    } catch {
      return null;
    }
  }
}

function storageOf(win: Window | null): Storage | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    return null;
  }
}
