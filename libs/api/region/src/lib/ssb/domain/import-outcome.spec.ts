import { describe, expect, it } from '@jest/globals';

import { failureMessage, shownJob, STALE_AFTER_MS } from '@samarbeid/api/data-access';

import { importOutcome } from './import-outcome';

describe('SSB import outcome', () => {
  const members = [
    { number: '3303', name: 'Kongsberg' },
    { number: '3334', name: 'Flesberg kommune' },
    { number: '9999', name: 'Testkommune' },
  ];
  const klass = new Map([
    ['3303', 'Kongsberg'],
    ['3334', 'Flesberg'],
    ['3301', 'Drammen'],
  ]);
  const population = [
    { municipalityNumber: '3303', year: 2025, count: 28000 },
    { municipalityNumber: '3303', year: 2024, count: 27900 },
    { municipalityNumber: '3334', year: 2025, count: 2700 },
    { municipalityNumber: '3301', year: 2025, count: 103000 },
  ];

  it("keeps only the members' figures, renames to SSB's names and lists members SSB does not know", () => {
    const outcome = importOutcome(members, klass, population);
    expect(outcome.figures.map((f) => f.municipalityNumber)).toEqual(['3303', '3303', '3334']);
    expect(outcome.years).toEqual([2024, 2025]);
    expect(outcome.renamed).toEqual([{ number: '3334', from: 'Flesberg kommune', to: 'Flesberg' }]);
    expect(outcome.missing).toEqual(['9999']);
  });

  it('reports it in one sentence per language, counting municipalities, not figures', () => {
    expect(importOutcome(members, klass, population).done).toEqual({
      nb: 'Ferdig: folketall for 2 kommuner (2024, 2025), 1 navn oppdatert. Ikke i SSBs kommuneliste: 9999.',
      en: "Done: population for 2 municipalities (2024, 2025), 1 names updated. Not in SSB's municipality list: 9999.",
    });
    expect(importOutcome(members.slice(0, 1), klass, population).done.nb).toBe(
      'Ferdig: folketall for 1 kommuner (2024, 2025).',
    );
  });
});

describe('an import job as shown', () => {
  const started = new Date('2026-05-01T10:00:00Z');
  const job = { status: 'RUNNING', startedAt: started, message: 'Lagrer …', messageEn: 'Saving …' };

  it('is shown as it is while running for up to ten minutes', () => {
    expect(shownJob(job, started.getTime() + STALE_AFTER_MS)).toBe(job);
  });

  it('is shown as failed, nothing changed, once it has run longer (the process stopped)', () => {
    expect(shownJob(job, started.getTime() + STALE_AFTER_MS + 1)).toEqual({
      ...job,
      status: 'FAILED',
      message: 'Importen ble avbrutt. Ingenting er endret. Start den på nytt.',
      messageEn: 'The import was interrupted. Nothing was changed. Start it again.',
    });
  });

  it('is left alone when finished, however old', () => {
    const done = { ...job, status: 'SUCCEEDED' };
    expect(shownJob(done, started.getTime() + 10 * STALE_AFTER_MS)).toBe(done);
  });

  it('says what went wrong and that nothing changed', () => {
    expect(failureMessage('UNAVAILABLE').nb).toBe(
      'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
    );
    expect(failureMessage('UNREADABLE').en).toMatch(/Nothing was changed\.$/);
    expect(failureMessage('OTHER').nb).toBe('Importen feilet. Ingenting er endret.');
  });
});
