import { describe, expect, it } from '@jest/globals';
import { PUBLIC_SECTIONS } from '@samarbeid/shared/domain';

import { project, PUBLIC_TABLE_NAMES, PUBLIC_TABLES, tablesOf } from './public-fields';
import { feedbackProblem, paragraphs } from './statement';

describe('the public projection', () => {
  it('copies exactly the documented fields, in order, and nothing else', () => {
    const row = {
      code: 'T1',
      title: 'Felles byggesak',
      email: 'ola@example.no',
      createdByName: 'Ola Nordmann',
      id: 'd2b1…',
      status: 'IN_PROGRESS',
    };
    const projected = project('measures', row);
    expect(Object.keys(projected)).toEqual([...PUBLIC_TABLES.measures.fields]);
    expect(projected).toMatchObject({
      code: 'T1',
      title: 'Felles byggesak',
      status: 'IN_PROGRESS',
      network: null,
    });
    expect(JSON.stringify(projected)).not.toContain('ola@example.no');
    expect(JSON.stringify(projected)).not.toContain('Ola Nordmann');
  });

  it('gives every table to exactly one section, and no field names a person or an address', () => {
    expect(PUBLIC_SECTIONS.flatMap(tablesOf).sort()).toEqual([...PUBLIC_TABLE_NAMES].sort());
    for (const name of PUBLIC_TABLE_NAMES) {
      for (const field of PUBLIC_TABLES[name].fields)
        expect(field).not.toMatch(/email|user|by|author|reason/i);
    }
    expect(tablesOf('PLAN')).toEqual([]);
  });
});

describe('the feedback form', () => {
  it('refuses empty, too long and control characters, and accepts a message without a name', () => {
    expect(feedbackProblem('   ', '')).toBe('EMPTY');
    expect(feedbackProblem('x'.repeat(2001), '')).toBe('TOO_LONG');
    expect(feedbackProblem('Hei', 'x'.repeat(121))).toBe('NAME_TOO_LONG');
    expect(feedbackProblem('Hei\u0000', '')).toBe('CONTROL_CHARACTERS');
    expect(feedbackProblem('Knappen er vanskelig å se.\nTakk!', '')).toBeNull();
  });

  it('splits a statement into paragraphs at blank lines', () => {
    expect(paragraphs('Første.\n\n  Andre\nlinje.\n\n\n')).toEqual(['Første.', 'Andre\nlinje.']);
  });
});
