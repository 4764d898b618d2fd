import type { DocumentScan, DocumentView } from '@beside/shared/contracts';

/** What a document's virus check means for her, when there is something to say. */
export const SCAN_WORDS: Record<DocumentScan, string | null> = {
  clean: null,
  not_scanned: 'This file has not been checked for viruses. Open it only if you know where it came from.',
  held: 'This file is waiting for a virus check. You can open it once it has been checked.',
};

/** "12 KB", "1.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function whoAdded(document: DocumentView): string {
  return document.byHer ? 'You added this' : `Shared with you by ${document.uploadedBy ?? 'your advocate'}`;
}
