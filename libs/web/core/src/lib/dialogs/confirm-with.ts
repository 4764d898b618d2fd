import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  /** The question, e.g. "Remove this step?" */
  title: string;
  /** What will happen, in plain words. */
  body: string;
  /** The button that goes ahead, e.g. "Remove step". */
  confirm: string;
  /** The button that keeps things as they are (focused first). */
  cancel: string;
}

/**
 * Asks in an in-app dialog; true only when the go-ahead button was chosen (Escape or the other button is no). The
 * dialog's code loads when first asked, so web/core keeps Material's dialog out of the first download.
 */
export async function confirmWith(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const { ConfirmDialog } = await import('./confirm-dialog');
  const ref = dialog.open<InstanceType<typeof ConfirmDialog>, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    autoFocus: 'first-tabbable',
    restoreFocus: true,
    maxWidth: '32rem',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
