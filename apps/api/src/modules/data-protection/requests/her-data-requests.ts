import type { EntityManager } from 'typeorm';
import type { MyDataRequest } from '@beside/shared/contracts';
import { findHerDataRequests } from './data-request.repository';
import { myDataRequest } from './data-request.view';

/** Her requests as she reads them in her portal (and in her data download). */
export async function herDataRequests(em: EntityManager, serviceUserId: string): Promise<MyDataRequest[]> {
  return (await findHerDataRequests(em, serviceUserId)).map(myDataRequest);
}
