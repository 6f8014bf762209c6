import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApolloCache } from '@apollo/client';
import {
  type ApiError,
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
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
import { FORM_KIT, injectFocusAfterRender, ItemActionsComponent, type SaveFeedback } from '@samarbeid/web/ui';
import { firstValueFrom } from 'rxjs';

import { statusLabel } from '../../shared/labels';
import type { MeasureDetail } from '../measure-detail-context';

const CODE = /^[A-ZÆØÅ]{1,4}\d{1,3}$/;

export const DEPENDENCY_KIND_LABELS: Readonly<Record<DependencyKind, TranslationKey>> = {
  FINISH: 'dependencies.kind.FINISH',
  START: 'dependencies.kind.START',
};

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

    .sb-code-input {
      max-inline-size: 10rem;
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
  protected readonly code = signal('');
  protected readonly kind = signal<DependencyKind>('FINISH');
  protected readonly codeError = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

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

  protected onCodeInput(event: Event): void {
    this.code.set((event.target as HTMLInputElement).value);
    if (this.codeError()) this.codeError.set(undefined);
  }

  protected onKindChange(event: Event): void {
    this.kind.set((event.target as HTMLSelectElement).value === 'START' ? 'START' : 'FINISH');
  }

  protected async addDependency(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.feedback.set(undefined);
    const measure = this.measure();
    const code = this.code().trim().toUpperCase();
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
    this.busy.set(true);
    const target = await this.find(code);
    if (!target.ok) {
      this.busy.set(false);
      this.codeError.set(target.message);
      this.focusAfterRender('#dependency-code');
      return;
    }
    const outcome = await runMutation(
      this.add.mutate({
        variables: { input: { measureId: measure.id, dependsOnId: target.id, kind: this.kind() } },
        update: (cache) => forgetDependents(cache, target.id),
      }),
    );
    this.busy.set(false);
    if (outcome.ok) {
      this.code.set('');
      this.feedback.set({
        kind: 'saved',
        text: this.t('dependencies.added', { code: measure.code, other: code }),
      });
    } else {
      this.feedback.set(this.refusal(outcome.error));
    }
    this.focusAfterRender('#dependency-feedback');
  }

  protected async removeDependency(dependsOn: { id: string; code: string }): Promise<void> {
    if (this.busy()) return;
    const measure = this.measure();
    this.busy.set(true);
    this.feedback.set(undefined);
    const outcome = await runMutation(
      this.remove.mutate({
        variables: { measureId: measure.id, dependsOnId: dependsOn.id },
        update: (cache) => forgetDependents(cache, dependsOn.id),
      }),
    );
    this.busy.set(false);
    this.feedback.set(
      outcome.ok
        ? {
            kind: 'saved',
            text: this.t('dependencies.removed', { code: measure.code, other: dependsOn.code }),
          }
        : this.refusal(outcome.error),
    );
    this.focusAfterRender('#dependency-feedback');
  }

  private refusal(error: ApiError): SaveFeedback {
    return {
      kind: 'error',
      heading: this.t('dependencies.errorHeading'),
      message: errorText(error, this.i18n),
    };
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
