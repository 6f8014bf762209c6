/**
 * The library's shape, checked: services and resolvers tell the story and leave every statement to a repository;
 * the rules in domain/ do no I/O and know nothing of Nest; no source file grows past 400 lines of logic.
 */
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { DATABASE_ACCESS, longFiles, offences, sourceFiles } from '@samarbeid/tools/stack';

const files = sourceFiles(join(process.cwd(), 'libs/api/preparedness/src'));

describe('the preparedness library', () => {
  it('has files to check', () => {
    expect(files.filter((file) => file.name.endsWith('.service.ts')).length).toBeGreaterThanOrEqual(6);
    expect(files.filter((file) => file.name.includes('domain/')).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps SQL and TypeORM out of services and resolvers', () => {
    const checked = files.filter((file) => /\.(service|resolver)\.ts$/.test(file.name));
    expect(
      offences(checked, [
        ...DATABASE_ACCESS,
        /\.(findBy|findOneBy|find|findOne|insert|save|update|delete)\(\s*[A-Z]\w*Entity\b/,
      ]),
    ).toEqual([]);
  });

  it('keeps the rules in domain/ free of I/O and of Nest', () => {
    const rules = files.filter((file) => file.name.includes('domain/') && !file.name.endsWith('.spec.ts'));
    expect(
      offences(rules, [...DATABASE_ACCESS, /@nestjs\//, /@samarbeid\/api\//, /\bfetch\(/, /\bnew Date\(\)/]),
    ).toEqual([]);
  });

  it('keeps every source file under 400 lines of logic', () => {
    expect(longFiles(files)).toEqual([]);
  });
});
