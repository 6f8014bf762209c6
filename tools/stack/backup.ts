/**
 * `npm run backup [-- --out <file>]` and `npm run restore -- <file> [--yes]`: a backup of the database that
 * `npm start` uses (the embedded PostgreSQL in .data/postgres), or of DATABASE_URL when it is set, written to
 * .data/backups/samarbeid-<time>.sql.gz. See docs/operations.md.
 */
import { runBackupCommand, workspaceRoot } from './src';

function say(line: string): void {
  console.log(`[samarbeid] ${line}`);
}

const root = workspaceRoot(__dirname);
// npm runs scripts in the repository root; file names are meant relative to where the command was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();

runBackupCommand(process.argv.slice(2), { root, cwd, env: process.env, say }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[samarbeid] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
