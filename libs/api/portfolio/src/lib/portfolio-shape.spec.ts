/**
 * The library's shape, checked: services tell the story and leave every statement to a repository; no source
 * file grows past 400 lines of logic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { workspaceRoot } from '@samarbeid/tools/stack';

const root = join(workspaceRoot(), 'libs/api/portfolio/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Lines that are neither blank nor only a comment. */
function logicLines(text: string): number {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('/*'))
    .length;
}

/** What only a repository may do: send SQL, build queries, or reach TypeORM's repositories and managers. */
const DATABASE_ACCESS = [
  /\.query\s*[(<]/,
  /createQueryBuilder/,
  /getRepository/,
  /\.findBy\(|\.findOneBy|\.findAndCount|\.find\(\{/,
  /\bDataSource\b/,
  /\bEntityManager\b/,
  /from 'typeorm'/,
  /@InjectDataSource/,
];

describe('portfolio library shape', () => {
  const files = sources(root);

  it('keeps every statement out of the services', () => {
    const services = files.filter((file) => file.endsWith('.service.ts'));
    expect(services.length).toBeGreaterThanOrEqual(8);
    const offences = services.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return DATABASE_ACCESS.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${relative(root, file)}: ${pattern}`,
      );
    });
    expect(offences).toEqual([]);
  });

  it('keeps the rules in domain/ free of I/O and of Nest', () => {
    const rules = files.filter((file) => file.includes('/domain/'));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    const offences = rules.filter((file) =>
      /from '(typeorm|@nestjs\/[a-z]+|@samarbeid\/api\/data-access)'/.test(readFileSync(file, 'utf8')),
    );
    expect(offences).toEqual([]);
  });

  it('has no source file over 400 lines of logic', () => {
    const long = files
      .map((file) => ({ file: relative(root, file), lines: logicLines(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
