import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { SetParticipationGQL } from '@samarbeid/web/graphql';
import {
  ConfirmDialogComponent,
  type DataTableColumn,
  DataTableComponent,
  type FieldSpec,
  FORM_KIT,
  type FormTexts,
  injectFocusAfterRender,
  injectSaveStatus,
} from '@samarbeid/web/ui';

import { participationLabel } from '../../shared/labels';
import { forgetParticipationFilteredLists } from '../../shared/participation-cache';
import { PortfolioPermissions } from '../../shared/portfolio-permissions';
import { type MeasureDetail, MeasureDetailContext, type MunicipalityNames } from '../measure-detail-context';

export const REASON_MAX_LENGTH = 2000;

interface ParticipantRow {
  readonly number: string;
  readonly name: string;
  readonly state: ParticipationState;
  readonly stateLabel: string;
  readonly reason: string | null;
  readonly updatedAt: string | null;
  readonly canChange: boolean;
}

/**
 * The participants tab: each member municipality's participation. A municipal director can opt their own
 * municipality out (with a reason) or in; the secretariat can do so for every municipality.
 */
@Component({
  selector: 'sb-measure-participants',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent, DataTableComponent, FORM_KIT],
  templateUrl: './measure-participants.component.html',
  styleUrl: './measure-participants.component.css',
})
export class MeasureParticipantsComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly municipalityNames = input<MunicipalityNames>(new Map());

  private readonly i18n = inject(I18nService);
  private readonly permissions = inject(PortfolioPermissions);
  private readonly setParticipation = inject(SetParticipationGQL);
  private readonly context = inject(MeasureDetailContext);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  /** The municipality whose opt-out form is open. */
  protected readonly optingOut = signal<string | undefined>(undefined);
  protected readonly reason = signal('');
  protected readonly reasonError = signal<string | undefined>(undefined);
  protected readonly reasonField = computed((): FieldSpec => ({
    key: 'reason',
    id: 'participation-reason',
    kind: 'multiline',
    label: this.t('participants.reason'),
    hint: this.t('participants.reasonHint'),
    required: true,
    rows: 4,
    maxLength: REASON_MAX_LENGTH,
  }));
  /** The last change: which municipality now takes part or not, for its sentence. */
  private readonly changed = signal<
    { readonly state: ParticipationState; readonly name: string } | undefined
  >(undefined);
  protected readonly status = injectSaveStatus('participation-feedback', (): FormTexts => {
    const changed = this.changed();
    const key = changed?.state === 'OPTED_OUT' ? 'participants.optedOut' : 'participants.optedIn';
    return {
      notices: changed
        ? { saved: this.t(key, { municipality: changed.name, code: this.measure().code }) }
        : {},
      errorHeading: this.t('participants.errorHeading'),
    };
  });

  protected readonly rows = computed<readonly ParticipantRow[]>(() => {
    const names = this.municipalityNames();
    const language = this.i18n.language();
    return this.measure()
      .participation.map((p) => ({
        number: p.municipalityNumber,
        name: names.get(p.municipalityNumber) ?? p.municipalityNumber,
        state: p.state,
        stateLabel: participationLabel(p.state, language),
        reason: p.reason,
        updatedAt: p.updatedAt ? this.i18n.date(p.updatedAt) : null,
        canChange: this.permissions.canSetParticipation(p.municipalityNumber),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  });
  protected readonly anyChangeable = computed(() => this.rows().some((row) => row.canChange));
  protected readonly participatingCount = computed(
    () => this.rows().filter((row) => row.state === 'PARTICIPATING').length,
  );
  protected readonly optOutRow = computed(() => this.rows().find((row) => row.number === this.optingOut()));
  protected readonly optOutHeading = computed(() => {
    const row = this.optOutRow();
    return row
      ? this.t('participants.optOutHeading', { municipality: row.name, code: this.measure().code })
      : '';
  });
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'municipality', label: this.t('participants.col.municipality') },
    { key: 'state', label: this.t('participants.col.state') },
    { key: 'reason', label: this.t('participants.col.reason') },
    { key: 'updated', label: this.t('participants.col.updated') },
    ...(this.anyChangeable() ? [{ key: 'change', label: this.t('participants.col.change') }] : []),
  ]);
  /** Who may change what, in a sentence for the user. */
  protected readonly roleHint = computed(() => {
    if (this.permissions.isSecretariat()) return this.t('participants.hintSecretariat');
    const own = this.rows().find((row) => row.canChange);
    return own ? this.t('participants.hintDirector', { municipality: own.name }) : undefined;
  });

  protected openOptOut(row: ParticipantRow): void {
    this.optingOut.set(row.number);
    this.reason.set('');
    this.reasonError.set(undefined);
    this.status.clearFeedback();
    this.focusAfterRender('#participation-reason');
  }

  protected cancelOptOut(): void {
    const number = this.optingOut();
    this.optingOut.set(undefined);
    this.reasonError.set(undefined);
    this.focusAfterRender(`#participation-out-${number}`);
  }

  protected onReason(value: string): void {
    this.reason.set(value);
    if (this.reasonError() && this.reason().trim()) this.reasonError.set(undefined);
  }

  /** Opting out needs a reason: without one, nothing is sent and the field says what is missing. */
  protected async confirmOptOut(): Promise<void> {
    const row = this.optOutRow();
    if (!row || this.status.saving()) return;
    const reason = this.reason().trim();
    if (!reason) {
      this.reasonError.set(this.t('participants.reasonRequired'));
      this.focusAfterRender('#participation-reason');
      return;
    }
    await this.change(row, 'OPTED_OUT', reason);
  }

  protected async optIn(row: ParticipantRow): Promise<void> {
    if (this.status.saving()) return;
    this.optingOut.set(undefined);
    await this.change(row, 'PARTICIPATING', null);
  }

  private async change(row: ParticipantRow, state: ParticipationState, reason: string | null): Promise<void> {
    const measure = this.measure();
    this.status.clearFeedback();
    const outcome = await this.status.send(() =>
      runMutation(
        this.setParticipation.mutate({
          variables: { input: { measureId: measure.id, municipalityNumber: row.number, state, reason } },
          update: (cache) => forgetParticipationFilteredLists(cache),
        }),
      ),
    );
    // The dialog closes either way: the outcome is said on the page, where the focus goes.
    this.optingOut.set(undefined);
    if (outcome.ok) {
      this.changed.set({ state, name: row.name });
      this.status.tell('saved');
      // The history has a new entry.
      this.context.reload().catch((error: unknown) => console.error('Reload failed', error));
    } else {
      this.status.refuse({ message: errorText(outcome.error, this.i18n) });
    }
  }
}
