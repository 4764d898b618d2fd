import type { Route } from '@angular/router';

export const publicYouSaidRoutes: Route[] = [];
export const myYouSaidRoutes: Route[] = [];
