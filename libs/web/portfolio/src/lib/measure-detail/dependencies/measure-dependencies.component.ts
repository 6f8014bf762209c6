import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApolloCache } from '@apollo/client';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
  type MutationOutcome,
  runMutation,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  AddMeasureDependencyGQL,
  type DependencyKind,
  MeasureByCodeGQL,
  RemoveMeasureDependencyGQL,
} from '@samarbeid/web/graphql';
import {
  type FieldChange,
  fieldOptions,
  fieldRows,
  FORM_KIT,
  type FormTexts,
  injectFocusAfterRender,
  injectSaveStatus,
  ItemActionsComponent,
} from '@samarbeid/web/ui';
import { firstValueFrom } from 'rxjs';

import { statusLabel } from '../../shared/labels';
import type { MeasureDetail } from '../measure-detail-context';

const CODE = /^[A-ZÆØÅ]{1,4}\d{1,3}$/;

export const DEPENDENCY_KIND_LABELS: Readonly<Record<DependencyKind, TranslationKey>> = {
  FINISH: 'dependencies.kind.FINISH',
  START: 'dependencies.kind.START',
};

const DEPENDENCY_KINDS = Object.keys(DEPENDENCY_KIND_LABELS) as DependencyKind[];

const WAITS_FOR_LABELS: Readonly<Record<DependencyKind, TranslationKey>> = {
  FINISH: 'dependencies.waitsFor.FINISH',
  START: 'dependencies.waitsFor.START',
};

/** The other measure's list of dependents changed: drop it from the cache, it is fetched when next shown. */
function forgetDependents(cache: ApolloCache, measureId: string): void {
  const id = cache.identify({ __typename: 'Measure', id: measureId });
  if (id) cache.evict({ id, fieldName: 'dependents' });
}

/**
 * The dependencies tab: what the measure needs first and what needs it, with links. Editors add a dependency by
 * the other measure's code, or remove one; the server refuses a cycle with a sentence naming it.
 */
@Component({
  selector: 'sb-measure-dependencies',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, FORM_KIT, ItemActionsComponent],
  templateUrl: './measure-dependencies.component.html',
  styles: `
    :host {
      display: block;
    }

    h3:focus {
      outline: none;
    }

    .sb-dependency {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-1) var(--ds-size-3);
      align-items: center;
    }
  `,
})
export class MeasureDependenciesComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly byCode = inject(MeasureByCodeGQL);
  private readonly add = inject(AddMeasureDependencyGQL);
  private readonly remove = inject(RemoveMeasureDependencyGQL);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly kindLabels = DEPENDENCY_KIND_LABELS;
  protected readonly waitsForLabels = WAITS_FOR_LABELS;
  /** The add form: the other measure's code and how this one depends on it. */
  protected readonly draft = signal<{ readonly code: string; readonly kind: DependencyKind }>({
    code: '',
    kind: 'FINISH',
  });
  protected readonly codeError = signal<string | undefined>(undefined);
  protected readonly addErrors = computed(() => ({ code: this.codeError() }));
  protected readonly addFields = computed(() =>
    fieldRows<'code' | 'kind'>('dependency-', (field) => this.t(`dependencies.${field}`), [
      {
        key: 'code',
        kind: 'text',
        hint: this.t('dependencies.codeHint', { code: this.measure().code }),
        required: true,
        width: 'sm',
        maxLength: 8,
      },
      {
        key: 'kind',
        kind: 'select',
        options: fieldOptions(DEPENDENCY_KINDS, (kind) => this.t(DEPENDENCY_KIND_LABELS[kind])),
      },
    ]),
  );
  /** The measure the last change added or removed, for its sentence. */
  private readonly changed = signal<{ readonly added: boolean; readonly other: string } | undefined>(
    undefined,
  );
  protected readonly status = injectSaveStatus('dependency-feedback', (): FormTexts => {
    const changed = this.changed();
    const code = this.measure().code;
    return {
      notices: changed
        ? {
            saved: this.t(changed.added ? 'dependencies.added' : 'dependencies.removed', {
              code,
              other: changed.other,
            }),
          }
        : {},
      errorHeading: this.t('dependencies.errorHeading'),
    };
  });

  protected readonly dependencies = computed(() =>
    this.measure().dependencies.map((d) => ({
      ...d.dependsOn,
      kind: d.kind,
      statusLabel: statusLabel(d.dependsOn.status, this.i18n.language()).toLowerCase(),
    })),
  );
  protected readonly dependents = computed(() =>
    this.measure().dependents.map((d) => ({
      ...d.measure,
      kind: d.kind,
      statusLabel: statusLabel(d.measure.status, this.i18n.language()).toLowerCase(),
    })),
  );

  protected onAddField({ key, value }: FieldChange): void {
    if (key === 'code') {
      this.draft.update((draft) => ({ ...draft, code: value }));
      if (this.codeError()) this.codeError.set(undefined);
    } else {
      this.draft.update((draft) => ({ ...draft, kind: value === 'START' ? 'START' : 'FINISH' }));
    }
  }

  protected async addDependency(event: Event): Promise<void> {
    event.preventDefault();
    if (this.status.saving()) return;
    this.status.clearFeedback();
    const measure = this.measure();
    const code = this.draft().code.trim().toUpperCase();
    const problem = !code
      ? this.t('dependencies.error.codeRequired')
      : !CODE.test(code)
        ? this.t('dependencies.error.codeFormat')
        : code === measure.code
          ? this.t('dependencies.error.self')
          : measure.dependencies.some((d) => d.dependsOn.code === code)
            ? this.t('dependencies.error.exists', { code })
            : undefined;
    if (problem) {
      this.codeError.set(problem);
      this.focusAfterRender('#dependency-code');
      return;
    }
    const target = await this.status.send(() => this.find(code));
    if (!target.ok) {
      this.codeError.set(target.message);
      this.focusAfterRender('#dependency-code');
      return;
    }
    const outcome = await this.status.send(() =>
      runMutation(
        this.add.mutate({
          variables: { input: { measureId: measure.id, dependsOnId: target.id, kind: this.draft().kind } },
          update: (cache) => forgetDependents(cache, target.id),
        }),
      ),
    );
    if (outcome.ok) this.draft.update((draft) => ({ ...draft, code: '' }));
    this.done(outcome, { added: true, other: code });
  }

  protected async removeDependency(dependsOn: { id: string; code: string }): Promise<void> {
    if (this.status.saving()) return;
    const measure = this.measure();
    this.status.clearFeedback();
    const outcome = await this.status.send(() =>
      runMutation(
        this.remove.mutate({
          variables: { measureId: measure.id, dependsOnId: dependsOn.id },
          update: (cache) => forgetDependents(cache, dependsOn.id),
        }),
      ),
    );
    this.done(outcome, { added: false, other: dependsOn.code });
  }

  /** Says what the change did, or why it was refused. */
  private done(
    outcome: MutationOutcome<unknown>,
    changed: { readonly added: boolean; readonly other: string },
  ): void {
    if (outcome.ok) {
      this.changed.set(changed);
      this.status.tell('saved');
    } else {
      this.status.refuse({ message: errorText(outcome.error, this.i18n) });
    }
  }

  /** The measure with `code` in the region, or why it cannot be used. */
  private async find(code: string): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
    try {
      const result = await firstValueFrom(
        this.byCode.fetch({
          variables: { regionSlug: DEFAULT_REGION_SLUG, code },
          fetchPolicy: 'network-only',
        }),
      );
      if (result.data?.measure) return { ok: true, id: result.data.measure.id };
      return this.notFound(code, result.error);
    } catch (error: unknown) {
      return this.notFound(code, error);
    }
  }

  private notFound(code: string, error: unknown): { ok: false; message: string } {
    const apiError = toApiError(error);
    return {
      ok: false,
      message:
        apiError.code === 'NOT_FOUND' || !error
          ? this.t('dependencies.error.notFound', { code })
          : errorText(apiError, this.i18n),
    };
  }
}
