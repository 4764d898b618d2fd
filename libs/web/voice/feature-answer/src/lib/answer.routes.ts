import type { Route } from '@angular/router';

export const publicConsultationRoutes: Route[] = [];
export const myConsultationsRoutes: Route[] = [];
export const myFeedbackRoutes: Route[] = [];
