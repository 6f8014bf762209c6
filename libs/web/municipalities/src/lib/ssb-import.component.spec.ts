import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nService } from '@samarbeid/web/data-access';
import type { ImportJobQuery } from '@samarbeid/web/graphql';
import { apiError, configureApolloTesting, textAt, verifyAndReset } from '@samarbeid/web/testing';
import { provideUiLanguage } from '@samarbeid/web/ui';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { IMPORT_POLL_MS, SsbImportComponent } from './ssb-import.component';

const JOB_ID = '0b6a4c57-3f0e-4b8e-9d0e-6c1f4a8e2a10';

function job(
  status: ImportJobQuery['importJob']['status'],
  progress: number,
  message: string,
  messageEn: string,
): ImportJobQuery['importJob'] {
  return {
    __typename: 'ImportJob',
    id: JOB_ID,
    status,
    progress,
    message,
    messageEn,
  } as ImportJobQuery['importJob'];
}

const STARTED = job('RUNNING', 0, 'Starter …', 'Starting …');
const KLASS = job(
  'RUNNING',
  10,
  'Henter kommunelisten fra SSB (KLASS 131) …',
  'Fetching the municipality list from SSB (KLASS 131) …',
);
const POPULATION = job(
  'RUNNING',
  40,
  'Henter folketall fra SSB (tabell 07459) …',
  'Fetching population from SSB (table 07459) …',
);
const DONE = job(
  'SUCCEEDED',
  100,
  'Ferdig: folketall for 7 kommuner (2026).',
  'Done: population for 7 municipalities (2026).',
);
const FAILED = job(
  'FAILED',
  40,
  'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
  'Could not reach SSB. Nothing was changed. Try again later.',
);

describe('SsbImportComponent', () => {
  let fixture: ComponentFixture<SsbImportComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let imported: jest.Mock<() => void>;

  beforeEach(() => {
    jest.useFakeTimers();
    controller = configureApolloTesting({
      imports: [SsbImportComponent],
      // As in the app (app.config.ts): the UI kit's own words follow the language switch.
      providers: [provideUiLanguage(() => inject(I18nService).language)],
    });
    fixture = TestBed.createComponent(SsbImportComponent);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('regionSlug', 'kongsbergregionen');
    imported = jest.fn<() => void>();
    fixture.componentInstance.imported.subscribe(imported);
    fixture.detectChanges();
  });

  afterEach(() => {
    verifyAndReset(controller);
    jest.useRealTimers();
  });

  /** Lets `ms` pass (timers and promises), then renders. */
  async function pass(ms = 0): Promise<void> {
    await jest.advanceTimersByTimeAsync(ms);
    fixture.detectChanges();
  }

  const text = (selector: string) => textAt(element, selector);

  function startButton(): HTMLButtonElement {
    return element.querySelector('button') as HTMLButtonElement;
  }

  function progressbar(): HTMLElement | null {
    return element.querySelector('[role="progressbar"]');
  }

  async function start(): Promise<void> {
    startButton().click();
    await pass();
    const op = controller.expectOne('StartSsbImport');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen' });
    op.flushData({ startSsbImport: STARTED });
    await pass();
  }

  /** The next poll: nothing is asked before `IMPORT_POLL_MS` has passed, then exactly one question. */
  async function poll(answer: ImportJobQuery['importJob']): Promise<void> {
    await pass(IMPORT_POLL_MS - 1);
    controller.expectNone('ImportJob');
    await pass(1);
    const op = controller.expectOne('ImportJob');
    expect(op.operation.variables).toEqual({ id: JOB_ID });
    op.flushData({ importJob: answer });
    await pass();
  }

  it('starts the import and asks for its progress every 500 ms until it has succeeded', async () => {
    expect(text('button')).toBe('Hent kommuner og folketall fra SSB');
    expect(progressbar()).toBeNull();
    const live = element.querySelector('[role="status"]');
    expect(live?.getAttribute('aria-live')).toBe('polite');

    await start();
    expect(startButton().getAttribute('aria-disabled')).toBe('true');
    expect(text('button')).toBe('Henter fra SSB …');
    expect(progressbar()?.getAttribute('aria-valuenow')).toBe('0');
    expect(text('#' + progressbar()?.getAttribute('aria-labelledby'))).toBe('Fremdrift');
    expect(live?.textContent?.trim()).toBe('Starter …');

    await poll(KLASS);
    expect(progressbar()?.getAttribute('aria-valuenow')).toBe('10');
    expect(progressbar()?.getAttribute('aria-valuetext')).toBe('10 %');
    expect(live?.textContent?.trim()).toBe('Henter kommunelisten fra SSB (KLASS 131) …');

    await poll(POPULATION);
    expect(progressbar()?.getAttribute('aria-valuenow')).toBe('40');
    expect(imported).not.toHaveBeenCalled();

    await poll(DONE);
    expect(progressbar()?.getAttribute('aria-valuenow')).toBe('100');
    expect(live?.textContent?.trim()).toBe('Ferdig: folketall for 7 kommuner (2026).');
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(imported).toHaveBeenCalledTimes(1);
    expect(startButton().getAttribute('aria-disabled')).toBeNull();

    // Done: no more questions.
    await pass(IMPORT_POLL_MS * 4);
    controller.expectNone('ImportJob');
  });

  it('shows the progress in English when the page is in English', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    await pass();
    expect(text('button')).toBe('Fetch municipalities and population from SSB');
    await start();
    await poll(POPULATION);
    expect(text('[role="status"]')).toBe('Fetching population from SSB (table 07459) …');
    await poll(DONE);
    expect(text('[role="status"]')).toBe('Done: population for 7 municipalities (2026).');
  });

  it("shows a failed import's message in an alert, and nothing in the live region", async () => {
    await start();
    await poll(FAILED);
    expect(text('[role="alert"] h3')).toBe('Importen fra SSB feilet');
    expect(text('[role="alert"] p')).toBe(
      'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
    );
    expect(text('[role="status"]')).toBe('');
    expect(imported).not.toHaveBeenCalled();
    await pass(IMPORT_POLL_MS * 4);
    controller.expectNone('ImportJob');
    // It can be started again.
    expect(startButton().getAttribute('aria-disabled')).toBeNull();
  });

  it("shows the server's refusal (an import already running) and asks nothing more", async () => {
    startButton().click();
    await pass();
    controller.expectOne('StartSsbImport').graphqlErrors([
      apiError('CONFLICT', 'En import fra SSB pågår allerede for denne regionen. Vent til den er ferdig.', {
        messageEn: 'An import from SSB is already running for this region. Wait until it has finished.',
      }),
    ]);
    await pass();
    expect(text('[role="alert"] h3')).toBe('Importen ble ikke startet');
    expect(text('[role="alert"] p')).toBe(
      'En import fra SSB pågår allerede for denne regionen. Vent til den er ferdig.',
    );
    expect(progressbar()).toBeNull();
    await pass(IMPORT_POLL_MS * 2);
    controller.expectNone('ImportJob');
  });

  it('stops asking when the page is left', async () => {
    await start();
    fixture.destroy();
    await pass(IMPORT_POLL_MS * 4);
    controller.expectNone('ImportJob');
  });

  it('says so when it loses track of the import', async () => {
    await start();
    await pass(IMPORT_POLL_MS);
    controller.expectOne('ImportJob').networkError(new TypeError('Failed to fetch'));
    await pass();
    expect(text('[role="alert"] p')).toBe(
      'Fikk ikke kontakt med tjenesten. Prøv igjen om litt. Vi vet ikke om importen fortsatt pågår. Last inn siden på nytt om litt.',
    );
    expect(progressbar()).toBeNull();
  });
});
