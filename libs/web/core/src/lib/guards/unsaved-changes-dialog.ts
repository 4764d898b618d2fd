import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/** "Leave this page?" — the question asked before a form's unsaved changes are lost. */
@Component({
  selector: 'bs-unsaved-changes-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Leave without saving?</h2>
    <mat-dialog-content>
      <p>What you have typed on this page has not been saved. If you leave now, it will be lost.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" [mat-dialog-close]="false">Stay on this page</button>
      <button mat-button type="button" [mat-dialog-close]="true">Leave and lose changes</button>
    </mat-dialog-actions>
  `,
})
export class UnsavedChangesDialog {}
