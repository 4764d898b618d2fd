// `npm run cli -- <command>`: Beside's administration commands (see apps/api/src/cli.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mustRun, root, run } from './run.mjs';

const cli = join(root, 'dist/apps/api/cli.js');
if (!existsSync(cli) || process.env.BESIDE_CLI_REBUILD === 'true') {
  await mustRun('nx', ['build', 'api', '--configuration=production', '--outputStyle=static'], { quiet: false });
}
process.exit(await run('node', [cli, ...process.argv.slice(2)]));
