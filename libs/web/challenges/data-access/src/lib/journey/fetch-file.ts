import { HttpErrorResponse, type HttpResponse } from '@angular/common/http';
import { toApiProblem, type ApiProblem } from '@beside/web/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { downloadedFile, type DownloadedFile } from './downloaded-file';

export type FileResult = { ok: true; value: DownloadedFile } | { ok: false; problem: ApiProblem };

/** A file download; a refusal's body arrives as a Blob, so it is read back into the API's problem first. */
export async function fetchFile(request: Observable<HttpResponse<Blob>>, fallbackName: string): Promise<FileResult> {
  try {
    return { ok: true, value: downloadedFile(await firstValueFrom(request), fallbackName) };
  } catch (error) {
    return { ok: false, problem: toApiProblem(await withReadableBody(error)) };
  }
}

async function withReadableBody(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    const body: unknown = JSON.parse(await blobText(error.error));
    return new HttpErrorResponse({ error: body, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  } catch {
    return new HttpErrorResponse({ error: null, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  }
}

function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
