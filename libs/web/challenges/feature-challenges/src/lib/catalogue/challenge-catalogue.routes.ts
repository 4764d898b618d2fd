import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { CataloguePage } from './catalogue-page';
import { ChallengeTypePage } from './challenge-type-page';
import { LetterTemplatePage } from './letter-template-page';

// Keys are lower-case letters, digits and _: the paths with a hyphen can never be a type's key.
/** Managers' editor of the organisation's challenge types and letter templates, at /organisation/challenge-types. */
export const challengeCatalogueRoutes: Routes = [
  { path: '', component: CataloguePage, title: 'Challenge types and letter templates' },
  { path: 'new-type', component: ChallengeTypePage, title: 'Add a challenge type', canDeactivate: [unsavedChangesGuard] },
  { path: 'letter-templates/new-template', component: LetterTemplatePage, title: 'Add a letter template', canDeactivate: [unsavedChangesGuard] },
  { path: 'letter-templates/:templateKey', component: LetterTemplatePage, title: 'Letter template', canDeactivate: [unsavedChangesGuard] },
  { path: ':typeKey', component: ChallengeTypePage, title: 'Challenge type', canDeactivate: [unsavedChangesGuard] },
];
