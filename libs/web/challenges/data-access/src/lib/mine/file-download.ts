import type { HttpResponse } from '@angular/common/http';
import type { Observable } from 'rxjs';
import { fetchFile } from '../journey/fetch-file';

/** A file she asked for: its content and the neutral name the API gave it, or what went wrong in her words. */
export type FileDownload = { ok: true; blob: Blob; filename: string } | { ok: false; message: string };

const NOT_FOUND = 'We could not find this file. It may have been removed. Your advocate can help.';
const HELD = 'This document is waiting for a virus check before anyone can open it. Please try again later.';

export async function fetchHerFile(request: Observable<HttpResponse<Blob>>, fallbackName: string): Promise<FileDownload> {
  const result = await fetchFile(request, fallbackName);
  if (result.ok) return { ok: true, blob: result.value.blob, filename: result.value.filename };
  const { status, messages } = result.problem;
  return { ok: false, message: status === 404 ? NOT_FOUND : status === 409 ? HELD : messages.join(' ') };
}
