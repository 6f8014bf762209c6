import { computed, inject, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { TranslationKey } from '@samarbeid/web/data-access';
import { PreparednessPeopleGQL } from '@samarbeid/web/graphql';
import type { FieldEntry } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import type { Choice } from './region-data';

/** Choosing "someone else" as owner: their name is written instead. */
export const OTHER_OWNER = 'annen';
export const OWNER_NAME_MAX_LENGTH = 200;

/** Who owns an action or a routine, as a form holds it. */
export interface OwnerValues {
  /** A person's user id, {@link OTHER_OWNER}, or '' (not chosen). */
  readonly owner: string;
  readonly ownerName: string;
}

export type OwnerField = keyof OwnerValues;

/** The API's rules for the owner, checked before sending. */
export function ownerProblems(values: OwnerValues): Partial<Record<OwnerField, TranslationKey>> {
  if (!values.owner) return { owner: 'preparedness.followUpForm.error.owner' };
  if (values.owner !== OTHER_OWNER) return {};
  const name = values.ownerName.trim();
  if (!name) return { ownerName: 'preparedness.followUpForm.error.ownerName' };
  return name.length > OWNER_NAME_MAX_LENGTH
    ? { ownerName: 'preparedness.followUpForm.error.ownerNameLength' }
    : {};
}

/** The owner as the API takes it: a user, or a name. */
export function ownerInput(values: OwnerValues): { ownerUserId: string | null; ownerName: string | null } {
  const other = values.owner === OTHER_OWNER;
  return { ownerUserId: other ? null : values.owner, ownerName: other ? values.ownerName.trim() : null };
}

/** A stored owner as the form holds it. */
export function ownerValuesOf(stored: { ownerUserId?: string | null; ownerName: string }): OwnerValues {
  return stored.ownerUserId
    ? { owner: stored.ownerUserId, ownerName: '' }
    : { owner: OTHER_OWNER, ownerName: stored.ownerName };
}

/**
 * The people with a user in the region, to choose an owner (or a crisis team member's user) from, with their
 * municipality's name. Call in an injection context (a field initializer).
 */
export function injectPeopleChoices(
  regionSlug: Signal<string>,
  municipalities: Signal<readonly Choice[]>,
): Signal<readonly Choice[]> {
  const query = inject(PreparednessPeopleGQL);
  const people = toSignal(
    toObservable(regionSlug).pipe(
      switchMap((slug) => query.watch({ variables: { regionSlug: slug } }).valueChanges),
    ),
  );
  return computed(() => {
    const result = people();
    const list = result?.dataState === 'complete' ? result.data.preparednessPeople : [];
    const names = new Map(municipalities().map((m) => [m.value, m.label]));
    return list.map((person) => {
      const municipality = person.municipalityNumber ? names.get(person.municipalityNumber) : undefined;
      return { value: person.userId, label: municipality ? `${person.name} (${municipality})` : person.name };
    });
  });
}

/**
 * The owner's fields of a form of described fields: a person with a user in the region (who then finds it under
 * "Min oppfølging" and is reminded), or someone else written by name.
 */
export function ownerRows<F extends string>(
  values: OwnerValues,
  choices: readonly Choice[],
  t: (key: TranslationKey) => string,
  hint?: string,
): FieldEntry<F | OwnerField>[] {
  const owner: FieldEntry<F | OwnerField> = {
    key: 'owner',
    kind: 'select',
    required: true,
    hint,
    placeholder: t('preparedness.choose'),
    options: [...choices, { value: OTHER_OWNER, label: t('preparedness.followUpForm.someoneElse') }],
  };
  if (values.owner !== OTHER_OWNER) return [owner];
  return [owner, { key: 'ownerName', kind: 'text', required: true, maxLength: OWNER_NAME_MAX_LENGTH }];
}
