import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type AgreementLegalForm, PARTY_ROLES_BY_FORM } from '@samarbeid/shared/domain';
import { I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import { type FieldSpec, FORM_KIT, ItemActionsComponent } from '@samarbeid/web/ui';

import { hasAnnualCosts, hasOwnerShares, partyRoleLabel } from '../shared/agreement-labels';
import { formatDecimal } from '../shared/decimal';
import { MAX_LENGTH, MAX_PARTIES, type PartyDraft, type PartyField } from './agreement-draft';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A party field described for `sb-form-field`: its key is the party's field. */
type PartyFieldSpec = FieldSpec & { readonly key: PartyField };

export interface PartyChange {
  readonly index: number;
  readonly field: PartyField;
  readonly value: string;
}

const LABELS: Readonly<Record<PartyField, TranslationKey>> = {
  municipalityNumber: 'agreements.field.municipality',
  role: 'agreements.field.role',
  ownerShare: 'agreements.field.ownerSharePercent',
  annualCost: 'agreements.field.annualCostKroner',
  buyerVolume: 'agreements.field.buyerVolumeOptional',
  organisationNumber: 'agreements.field.organisationNumberOptional',
  signatory: 'agreements.field.signatoryOptional',
};

const PARTY_HINTS: Readonly<Record<AgreementLegalForm, TranslationKey>> = {
  SERVICE_PURCHASE: 'agreements.editor.partiesHint.servicePurchase',
  HOST_MUNICIPALITY_ADMINISTRATIVE: 'agreements.editor.partiesHint.host',
  HOST_MUNICIPALITY_JOINT_COMMITTEE: 'agreements.editor.partiesHint.host',
  MUNICIPAL_JOINT_TASK: 'agreements.editor.partiesHint.owners',
  INTERMUNICIPAL_COMPANY: 'agreements.editor.partiesHint.owners',
  POLITICAL_COUNCIL: 'agreements.editor.partiesHint.council',
};

/** Rule errors shown under the parties, and the fields they concern. */
export const PARTY_RULES = {
  parties: 'agreement-parties-error',
  ownerShareSum: 'agreement-shareSum-error',
  buyerVolumeSum: 'agreement-buyerVolumeSum-error',
} as const;

/**
 * The parties of an agreement as repeatable rows: municipality and role (the roles of the legal form), and by form
 * the owner share (with the live sum, which must be 100), the annual cost or a buyer's volume; organisation number
 * and signatory. Rows are added and removed with buttons; the page moves the focus and announces the change.
 */
@Component({
  selector: 'sb-agreement-parties',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, ItemActionsComponent],
  templateUrl: './agreement-parties.component.html',
  styleUrl: './agreement-parties.component.css',
})
export class AgreementPartiesComponent {
  readonly parties = input.required<readonly PartyDraft[]>();
  readonly legalForm = input.required<AgreementLegalForm>();
  readonly municipalities = input.required<readonly Choice[]>();
  /** Translated problems by path (`parties.0.ownerShare`, `parties`, `ownerShareSum`). */
  readonly errors = input.required<Readonly<Record<string, string>>>();
  /** The owner shares' sum so far (a decimal string). */
  readonly shareSum = input('0');

  readonly changed = output<PartyChange>();
  readonly added = output();
  readonly removed = output<number>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly maxParties = MAX_PARTIES;
  protected readonly rules = PARTY_RULES;

  protected readonly roles = computed<readonly Choice[]>(() => {
    const language = this.i18n.language();
    return PARTY_ROLES_BY_FORM[this.legalForm()].map((value) => ({
      value,
      label: partyRoleLabel(value, language),
    }));
  });
  protected readonly hint = computed(() => this.t(PARTY_HINTS[this.legalForm()]));
  protected readonly shares = computed(() => hasOwnerShares(this.legalForm()));
  protected readonly annualCosts = computed(() => hasAnnualCosts(this.legalForm()));
  protected readonly servicePurchase = computed(() => this.legalForm() === 'SERVICE_PURCHASE');
  protected readonly shareSumText = computed(() => formatDecimal(this.shareSum()));

  /** Each party's row: its name ("Part 2") and the fields its legal form and role need, with values and errors. */
  protected readonly rows = computed(() => {
    const errors = this.errors();
    const rule = (name: keyof typeof PARTY_RULES) =>
      errors[name] ? { invalid: true, describedByIds: [PARTY_RULES[name]] } : {};
    const choose = this.t('agreements.editor.choose');
    return this.parties().map((party, index) => {
      const field = (spec: PartyFieldSpec | false) =>
        spec ? [{ spec, value: party[spec.key], error: errors[`parties.${index}.${spec.key}`] }] : [];
      const base = (key: PartyField) => ({
        key,
        id: `party-${party.key}-${key}`,
        label: this.t(LABELS[key]),
      });
      return {
        key: party.key,
        name: this.t('agreements.editor.partyLegend', { number: index + 1 }),
        fields: [
          ...field({
            ...base('municipalityNumber'),
            kind: 'select',
            required: true,
            placeholder: choose,
            options: this.municipalities(),
          }),
          ...field({
            ...base('role'),
            kind: 'select',
            required: true,
            placeholder: choose,
            placeholderWhileEmpty: true,
            options: this.roles(),
            ...rule('parties'),
          }),
          ...field(
            this.shares() && {
              ...base('ownerShare'),
              kind: 'decimal',
              required: true,
              hintIds: ['agreement-shareSum'],
              ...rule('ownerShareSum'),
            },
          ),
          ...field(this.annualCosts() && { ...base('annualCost'), kind: 'decimal' }),
          ...field(
            this.servicePurchase() &&
              party.role === 'BUYER' && {
                ...base('buyerVolume'),
                kind: 'decimal',
                ...rule('buyerVolumeSum'),
              },
          ),
          ...field({ ...base('organisationNumber'), kind: 'integer', maxLength: 11 }),
          ...field({ ...base('signatory'), kind: 'text', maxLength: MAX_LENGTH.signatory }),
        ],
      };
    });
  });
}
