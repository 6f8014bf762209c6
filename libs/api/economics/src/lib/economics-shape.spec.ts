/**
 * The library's shape, checked: services tell the story and leave every statement to a repository (or the overview's
 * read model); domain rules do no I/O; no source file grows past 400 lines of logic.
 */
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { DATABASE_ACCESS, longFiles, offences, sourceFiles } from '@samarbeid/tools/stack';

const files = sourceFiles(join(process.cwd(), 'libs/api/economics/src'));

describe('the economics library', () => {
  it('has files to check', () => {
    expect(files.filter((file) => file.name.endsWith('.service.ts')).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps SQL and TypeORM out of services, resolvers, controllers and domain rules', () => {
    const checked = files.filter(
      (file) =>
        /\.(service|resolver|controller)\.ts$/.test(file.name) ||
        (file.name.includes('/domain/') && !file.name.endsWith('.spec.ts')),
    );
    expect(
      offences(checked, [
        ...DATABASE_ACCESS,
        /\.(findBy|findOneBy|findOneByOrFail|find|findOne|countBy|existsBy|insert|save|update|delete)\(\s*[A-Z]\w*Entity\b/,
        /\brecordAudit\(/,
      ]),
    ).toEqual([]);
  });

  it('keeps every source file under 400 lines of logic', () => {
    expect(longFiles(files)).toEqual([]);
  });
});
