import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { errorText, I18nService, type MutationOutcome, runMutation } from '@samarbeid/web/data-access';
import {
  KostraCatalogueGQL,
  LinkIndicatorToKostraGQL,
  type ReportingFrequency,
  SetIndicatorFrequencyGQL,
} from '@samarbeid/web/graphql';
import { FORM_KIT, type SaveFeedback } from '@samarbeid/web/ui';
import { map } from 'rxjs';

import type { IndicatorView } from './indicator-view';

let nextId = 0;

/**
 * "Oppfølging": how often an indicator is measured (the network's leader and the secretariat) and, for the
 * secretariat, which KOSTRA key figure of the catalogue it is compared with.
 */
@Component({
  selector: 'sb-indicator-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <details class="sb-settings">
      <summary>{{ t('settings.heading') }}</summary>
      <sb-save-feedback [feedbackId]="id + '-feedback'" [feedback]="feedback()" [headingLevel]="4" />
      <form class="sb-settings__row" novalidate (submit)="saveFrequency($event)">
        <sb-field [label]="t('settings.frequency')">
          <select
            sbControl
            [id]="id + '-frequency'"
            class="ds-input"
            (change)="frequency.set(asFrequency($event))"
          >
            <option value="YEARLY" [selected]="frequency() === 'YEARLY'">{{ t('frequency.YEARLY') }}</option>
            <option value="HALF_YEARLY" [selected]="frequency() === 'HALF_YEARLY'">
              {{ t('frequency.HALF_YEARLY') }}
            </option>
          </select>
        </sb-field>
        <sb-form-actions [submitLabel]="t('settings.saveFrequency')" [busy]="saving()" />
      </form>
      @if (linksKostra()) {
        <form class="sb-settings__row" novalidate (submit)="saveKostra($event)">
          <sb-field [label]="t('settings.kostra')">
            <select
              sbControl
              [id]="id + '-kostra'"
              class="ds-input"
              (change)="kostra.set(selectValue($event))"
            >
              <option value="" [selected]="kostra() === ''">{{ t('settings.kostraNone') }}</option>
              @for (figure of catalogue(); track figure.code) {
                <option [value]="figure.code" [selected]="kostra() === figure.code">
                  {{ i18n.language() === 'en' ? figure.nameEn : figure.name }} ({{ figure.unit }})
                </option>
              }
            </select>
          </sb-field>
          <sb-form-actions [submitLabel]="t('settings.saveKostra')" [busy]="saving()" />
        </form>
      }
    </details>
  `,
  styles: `
    .sb-settings {
      display: grid;
      gap: var(--ds-size-3);
    }

    .sb-settings__row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
      align-items: end;
    }

    summary {
      cursor: pointer;
      font-weight: 600;
    }
  `,
})
export class IndicatorSettingsComponent {
  readonly indicator = input.required<IndicatorView>();
  /** Whether the user links KOSTRA figures (the secretariat). */
  readonly linksKostra = input(false);

  protected readonly i18n = inject(I18nService);
  private readonly setFrequency = inject(SetIndicatorFrequencyGQL);
  private readonly link = inject(LinkIndicatorToKostraGQL);
  protected readonly t = this.i18n.t;
  protected readonly id = `sb-settings-${++nextId}`;
  protected readonly frequency = linkedSignal<ReportingFrequency>(() => this.indicator().frequency);
  protected readonly kostra = linkedSignal(() => this.indicator().kostraFigure?.code ?? '');
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);
  protected readonly catalogue = toSignal(
    inject(KostraCatalogueGQL)
      .watch()
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.kostraCatalogue : [])),
      ),
    { initialValue: [] },
  );
  protected readonly version = computed(() => this.indicator().settingVersion);

  protected selectValue(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected asFrequency(event: Event): ReportingFrequency {
    return this.selectValue(event) === 'HALF_YEARLY' ? 'HALF_YEARLY' : 'YEARLY';
  }

  protected async saveFrequency(event: Event): Promise<void> {
    event.preventDefault();
    await this.save(() =>
      runMutation(
        this.setFrequency.mutate({
          variables: {
            input: {
              indicatorId: this.indicator().id,
              frequency: this.frequency(),
              expectedVersion: this.version(),
            },
          },
        }),
      ),
    );
  }

  protected async saveKostra(event: Event): Promise<void> {
    event.preventDefault();
    await this.save(() =>
      runMutation(
        this.link.mutate({
          variables: {
            input: {
              indicatorId: this.indicator().id,
              kostraFigure: this.kostra() || null,
              expectedVersion: this.version(),
            },
          },
        }),
      ),
    );
  }

  private async save(run: () => Promise<MutationOutcome<unknown>>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    const result = await run();
    this.saving.set(false);
    this.feedback.set(
      result.ok
        ? { kind: 'saved', text: this.t('settings.saved') }
        : {
            kind: 'error',
            heading: this.t('settings.errorHeading'),
            message: errorText(result.error, this.i18n),
          },
    );
  }
}
