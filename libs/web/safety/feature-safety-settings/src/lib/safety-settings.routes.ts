import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { AgencyPage } from './agency-page';
import { ChecklistEditorPage } from './checklist-editor-page';
import { ChecklistPage } from './checklist-page';
import { SafetySettingsPage } from './settings-page';

// Keys are lower-case letters, digits and _: the paths with a hyphen can never be a checklist's or an agency's key.
/** Managers' safety settings at /organisation/safety: the risk checklists and the agencies for multi-agency referrals. */
export const safetySettingsRoutes: Routes = [
  { path: '', component: SafetySettingsPage, title: 'Safety settings' },
  { path: 'checklists/new-checklist', component: ChecklistEditorPage, title: 'Load your own checklist', data: { mode: 'own' }, canDeactivate: [unsavedChangesGuard] },
  { path: 'checklists/:checklistKey', component: ChecklistPage, title: 'Risk checklist' },
  { path: 'checklists/:checklistKey/versions/:version', component: ChecklistPage, title: 'Risk checklist' },
  { path: 'checklists/:checklistKey/new-version', component: ChecklistEditorPage, title: 'New version of a risk checklist', data: { mode: 'version' }, canDeactivate: [unsavedChangesGuard] },
  { path: 'checklists/:checklistKey/versions/:version/edit', component: ChecklistEditorPage, title: 'Edit a risk checklist version', data: { mode: 'edit' }, canDeactivate: [unsavedChangesGuard] },
  { path: 'agencies/new-agency', component: AgencyPage, title: 'Add an agency', canDeactivate: [unsavedChangesGuard] },
  { path: 'agencies/:agencyKey', component: AgencyPage, title: 'Agency', canDeactivate: [unsavedChangesGuard] },
];
