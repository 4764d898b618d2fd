export interface StatusResponse {
  service: 'beside';
  version: string;
  database: 'embedded' | 'external';
  databaseVersion: string;
  migrations: number;
  time: string;
}
