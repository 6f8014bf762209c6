import type { ApolloCache } from '@apollo/client';
import { computed, inject, signal } from '@angular/core';
import {
  type ApiError,
  errorText,
  I18nService,
  MeasureTabContext,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  MeasureEconomicsDocument,
  type MeasureEconomicsQuery,
  type SetMeasureCostsGQL,
  type SetMeasureCostsInput,
} from '@samarbeid/web/graphql';
import { injectFocusAfterRender, refusalFeedback, type SaveFeedback } from '@samarbeid/web/ui';
import type { Observable } from 'rxjs';

import type { MeasureEconomics } from './economics-form';

/** The outcome of saving the costs or the key. */
export type SaveOutcome =
  { readonly kind: 'saved' } | { readonly kind: 'conflict' | 'error'; readonly message: string };

/** A refusal as the section shows it: a stale version is a conflict (with a way to load what is saved). */
export function refusalOf(error: ApiError, i18n: Pick<I18nService, 'language' | 't'>): SaveOutcome {
  return { kind: error.code === 'CONFLICT' ? 'conflict' : 'error', message: errorText(error, i18n) };
}

/** A section's outcome in its own words (what it says after a save, its error heading) and the tab's conflict words. */
export function saveFeedbackOf(
  outcome: SaveOutcome | undefined,
  t: I18nService['t'],
  texts: { readonly saved: TranslationKey; readonly errorHeading: TranslationKey },
): SaveFeedback | null {
  if (!outcome) return null;
  if (outcome.kind === 'saved') return { kind: 'saved', text: t(texts.saved) };
  return refusalFeedback(outcome, {
    conflictHeading: t('economics.conflictHeading'),
    reload: t('economics.reload'),
    errorHeading: t(texts.errorHeading),
  });
}

/**
 * Writes a mutation's answer (the same selection as the MeasureEconomics query) into that query, so the tab shows
 * it at once without asking again.
 */
export function writeEconomics(cache: ApolloCache, economics: MeasureEconomics): void {
  cache.writeQuery<MeasureEconomicsQuery>({
    query: MeasureEconomicsDocument,
    variables: { measureId: economics.measureId },
    data: { measureEconomics: economics },
  });
}

/** A section's words and where its outcome is shown (focused after a save). */
export interface SectionTexts {
  readonly saved: TranslationKey;
  readonly errorHeading: TranslationKey;
  /** The save feedback's id. */
  readonly feedbackId: string;
}

/**
 * How a section of the economics tab saves (the costs, the key): busy while the API works; then "saved" (and the
 * measure's history, which has a new entry, is fetched again) or the refusal, and the focus on what the save said.
 * Create it with `injectSectionSave` in a field initializer.
 */
export class SectionSave {
  readonly saving = signal(false);
  readonly feedback = signal<SaveOutcome | undefined>(undefined);
  readonly saveFeedback = computed(() => saveFeedbackOf(this.feedback(), this.i18n.t, this.texts));

  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly context = inject(MeasureTabContext);

  constructor(
    private readonly i18n: I18nService,
    private readonly texts: SectionTexts,
  ) {}

  /** Sends the mutation; true when it was saved. */
  async save<T>(
    mutation: Observable<{ readonly data?: T | null; readonly error?: unknown }>,
  ): Promise<boolean> {
    this.saving.set(true);
    const outcome = await runMutation(mutation);
    this.saving.set(false);
    if (outcome.ok) {
      this.feedback.set({ kind: 'saved' });
      // The measure's history has a new entry.
      this.context.reload().catch((error: unknown) => console.error('Reload failed', error));
    } else {
      this.feedback.set(refusalOf(outcome.error, this.i18n));
    }
    this.focusAfterRender(`#${this.texts.feedbackId}`);
    return outcome.ok;
  }

  /** The user changed something after a save: "saved" no longer holds. */
  changed(): void {
    if (this.feedback()?.kind === 'saved') this.feedback.set(undefined);
  }
}

export function injectSectionSave(texts: SectionTexts): SectionSave {
  return new SectionSave(inject(I18nService), texts);
}

/** The cells' problems as sentences, once the user has tried to save (nothing before). */
export function shownCellErrors(
  submitted: boolean,
  errors: Readonly<Record<string, TranslationKey>>,
  t: I18nService['t'],
): Readonly<Record<string, string>> {
  return submitted ? Object.fromEntries(Object.entries(errors).map(([cell, key]) => [cell, t(key)])) : {};
}

/**
 * Saves the measure's costs (and, when given, its income and actual costs per year) against the version read, the
 * answer written into the tab's query; true when saved.
 */
export function saveMeasureCosts(
  section: SectionSave,
  mutation: SetMeasureCostsGQL,
  economics: MeasureEconomics,
  figures: Pick<SetMeasureCostsInput, 'costs' | 'years'>,
): Promise<boolean> {
  return section.save(
    mutation.mutate({
      variables: {
        input: { measureId: economics.measureId, expectedVersion: economics.version, ...figures },
      },
      update: (cache, { data }) => {
        if (data) writeEconomics(cache, data.setMeasureCosts);
      },
    }),
  );
}
