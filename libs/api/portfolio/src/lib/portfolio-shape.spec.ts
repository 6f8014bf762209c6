/**
 * The library's shape, checked: services tell the story and leave every statement to a repository; no source
 * file grows past 400 lines of logic.
 */
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { DATABASE_ACCESS, longFiles, offences, sourceFiles, workspaceRoot } from '@samarbeid/tools/stack';

describe('portfolio library shape', () => {
  const files = sourceFiles(join(workspaceRoot(), 'libs/api/portfolio/src'), { specs: false });

  it('keeps every statement out of the services', () => {
    const services = files.filter((file) => file.name.endsWith('.service.ts'));
    expect(services.length).toBeGreaterThanOrEqual(8);
    expect(
      offences(services, [...DATABASE_ACCESS, /\.findBy\(|\.findOneBy|\.findAndCount|\.find\(\{/]),
    ).toEqual([]);
  });

  it('keeps the rules in domain/ free of I/O and of Nest', () => {
    const rules = files.filter((file) => file.name.includes('/domain/'));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(offences(rules, [/from '(typeorm|@nestjs\/[a-z]+|@samarbeid\/api\/data-access)'/])).toEqual([]);
  });

  it('has no source file over 400 lines of logic', () => {
    expect(longFiles(files)).toEqual([]);
  });
});
