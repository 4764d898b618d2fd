import type { Route } from '@angular/router';
import { MyFeedbackPage } from './feedback/my-feedback-page';
import { MyAnswerPage } from './mine/my-answer-page';
import { MyConsultationsPage } from './mine/my-consultations-page';
import { PublicAnswerPage } from './public/public-answer-page';

// Titles she may be seen with on her screen stay plain: they never name the service.
export const publicConsultationRoutes: Route[] = [{ path: '', component: PublicAnswerPage, title: 'Have your say' }];
export const myConsultationsRoutes: Route[] = [
  { path: '', component: MyConsultationsPage, title: 'Have your say' },
  { path: ':consultationId', component: MyAnswerPage, title: 'Have your say' },
];
export const myFeedbackRoutes: Route[] = [{ path: '', component: MyFeedbackPage, title: 'Your feedback' }];
