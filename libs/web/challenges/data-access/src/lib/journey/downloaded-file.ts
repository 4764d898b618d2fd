import type { HttpResponse } from '@angular/common/http';

/** A file the API sent as an attachment: its content and the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The file name from `Content-Disposition: attachment; filename="letter-2026-12-07.pdf"`, else `fallback`. */
export function attachmentName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  // Only a bare name: never a path the browser might be asked to honour.
  return name && !/[\\/]/.test(name) ? name : fallback;
}

export function downloadedFile(response: HttpResponse<Blob>, fallback: string): DownloadedFile {
  return { blob: response.body ?? new Blob([]), filename: attachmentName(response.headers.get('Content-Disposition'), fallback) };
}
