export interface StatusResponse {
  service: 'beside';
  version: string;
  database: 'embedded' | 'external';
  databaseVersion: string;
  migrations: number;
  time: string;
  /** Development only: messages are caught by the in-process inbox, shown to admins on the Sent messages page. */
  developmentInbox: boolean;
}
