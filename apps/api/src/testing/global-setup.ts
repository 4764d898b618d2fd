import { prepareTemplate, TEMPLATE_ENV } from './test-database';

export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) process.env[TEMPLATE_ENV] = await prepareTemplate(serverUrl);
}
