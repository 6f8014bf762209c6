/**
 * The module boundaries are checked whenever ESLint runs, also outside Nx (an editor, a hook): a web library that
 * imports the API, or a feature that imports another feature, is an error — never a skipped rule.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { workspaceRoot } from './workspace';

const root = workspaceRoot();

/** Lints `source` as if it were the file at `filePath` (an existing file, so type information is available). */
function lint(filePath: string, source: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath],
    { cwd: root, input: source, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('module boundaries', () => {
  it('refuses a web library importing the API', () => {
    const { status, output } = lint(
      'libs/web/ui/src/index.ts',
      "import { AppError } from '@samarbeid/api/platform';\nexport const probe = AppError;\n",
    );
    expect(output).not.toContain('No cached ProjectGraph');
    expect(output).toContain('@nx/enforce-module-boundaries');
    expect(status).toBe(1);
  }, 120_000);

  it('refuses a feature reading another feature it is not allowed to read', () => {
    const { status, output } = lint(
      'libs/api/portfolio/src/index.ts',
      "import { agreementCostsForMeasures } from '@samarbeid/api/agreements-read';\nexport const probe = agreementCostsForMeasures;\n",
    );
    expect(output).toContain('can not depend on libs tagged with "read:agreements"');
    expect(status).toBe(1);
  }, 120_000);
});
