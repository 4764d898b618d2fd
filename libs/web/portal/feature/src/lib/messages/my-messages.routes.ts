import type { Route } from '@angular/router';
import { MyMessagesPage } from './my-messages-page';

export const myMessagesRoutes: Route[] = [{ path: '', component: MyMessagesPage, title: 'My messages' }];
