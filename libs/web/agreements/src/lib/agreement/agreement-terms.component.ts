import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AgreementLegalForm } from '@samarbeid/shared/domain';
import { formatKroner, I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import {
  type DataTableColumn,
  DataTableComponent,
  type DetailItem,
  DetailsListComponent,
} from '@samarbeid/web/ui';

import {
  hasAnnualCosts,
  hasOwnerShares,
  partyRoleLabel,
  priceModelLabel,
  volumeUnitLabel,
} from '../shared/agreement-labels';
import { formatDecimal } from '../shared/decimal';
import type { AgreementTerms } from './agreement-view';

const PRICE_UNITS: Readonly<Record<string, TranslationKey>> = {
  FIXED_ANNUAL: 'agreements.terms.perYear',
  HOURLY: 'agreements.terms.perHour',
  PER_CASE: 'agreements.terms.perCase',
};

const CONDITIONS = [
  { field: 'commonPublicGoals', label: 'agreements.assessment.commonPublicGoals' },
  { field: 'publicInterestOnly', label: 'agreements.assessment.publicInterestOnly' },
  { field: 'marketShareUnder20', label: 'agreements.assessment.marketShareUnder20' },
] as const;

/**
 * One version's terms, read only: the parties (role, organisation number and, by form, owner share, annual cost or
 * a buyer's volume), the terms as a description list in Norwegian dates and money, and for a service purchase the
 * procurement regulation § 3-3 assessment.
 */
@Component({
  selector: 'sb-agreement-terms',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, DetailsListComponent],
  templateUrl: './agreement-terms.component.html',
  styleUrl: './agreement-terms.component.css',
})
export class AgreementTermsComponent {
  readonly terms = input.required<AgreementTerms>();
  readonly legalForm = input.required<AgreementLegalForm>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly servicePurchase = computed(() => this.legalForm() === 'SERVICE_PURCHASE');
  protected readonly columns = computed(() => {
    const form = this.legalForm();
    const parties = this.terms().parties;
    return {
      share: hasOwnerShares(form),
      annualCost: hasAnnualCosts(form),
      buyerVolume: form === 'SERVICE_PURCHASE' && parties.some((party) => party.buyerVolume !== null),
    };
  });

  protected readonly tableColumns = computed<readonly DataTableColumn[]>(() => {
    const shown = this.columns();
    const unit = this.details().volumeUnit;
    return [
      { key: 'municipality', label: this.t('agreements.field.municipality') },
      { key: 'role', label: this.t('agreements.field.role') },
      { key: 'organisationNumber', label: this.t('agreements.field.organisationNumber') },
      { key: 'signatory', label: this.t('agreements.field.signatory') },
      ...(shown.share
        ? [{ key: 'share', label: this.t('agreements.field.ownerShare'), align: 'end' as const }]
        : []),
      ...(shown.annualCost
        ? [{ key: 'annualCost', label: this.t('agreements.field.annualCost'), align: 'end' as const }]
        : []),
      ...(shown.buyerVolume
        ? [
            {
              key: 'buyerVolume',
              label: unit
                ? `${this.t('agreements.field.buyerVolume')} (${unit})`
                : this.t('agreements.field.buyerVolume'),
              align: 'end' as const,
            },
          ]
        : []),
    ];
  });

  protected readonly parties = computed(() => {
    const language = this.i18n.language();
    const notSet = this.t('agreements.notSet');
    return this.terms().parties.map((party) => ({
      number: party.municipalityNumber,
      name: party.municipalityName,
      role: partyRoleLabel(party.role, language),
      organisationNumber: party.organisationNumber ?? notSet,
      signatory: party.signatory ?? notSet,
      share: party.ownerShare === null ? notSet : `${formatDecimal(party.ownerShare)} %`,
      annualCost: party.annualCost === null ? notSet : formatKroner(party.annualCost),
      buyerVolume: party.buyerVolume === null ? '' : formatDecimal(party.buyerVolume),
    }));
  });

  protected readonly details = computed(() => {
    const terms = this.terms();
    const language = this.i18n.language();
    const notSet = this.t('agreements.notSet');
    const date = (value: string | null) => (value ? this.i18n.date(value) : notSet);
    const unit = terms.volumeUnit ? volumeUnitLabel(terms.volumeUnit, language) : '';
    return {
      serviceDescription: terms.serviceDescription || notSet,
      volume: terms.volumeAmount === null ? notSet : `${formatDecimal(terms.volumeAmount)} ${unit}`.trim(),
      volumeUnit: unit,
      priceModel: terms.priceModel ? priceModelLabel(terms.priceModel, language) : notSet,
      price:
        terms.price === null
          ? notSet
          : terms.priceModel
            ? `${formatKroner(terms.price)} ${this.t(PRICE_UNITS[terms.priceModel])}`
            : formatKroner(terms.price),
      priceAdjustment: terms.priceAdjustment || notSet,
      startDate: date(terms.startDate),
      endDate: date(terms.endDate),
      noticeMonths:
        terms.noticeMonths === null
          ? notSet
          : this.i18n.plural('agreements.terms.months', terms.noticeMonths),
      lastNoticeDate: terms.lastNoticeDate ? this.i18n.date(terms.lastNoticeDate) : undefined,
      dataProcessingAgreement: this.t(terms.dataProcessingAgreement ? 'agreements.yes' : 'agreements.no'),
    };
  });

  /** The terms as a description list: what is bought (or the purpose), for a service purchase volume and price. */
  protected readonly termItems = computed<readonly DetailItem[]>(() => {
    const d = this.details();
    const item = (label: TranslationKey, description: string): DetailItem => ({
      term: this.t(label),
      description,
    });
    return [
      {
        term: this.servicePurchase()
          ? this.t('agreements.field.serviceDescription')
          : this.t('agreements.field.purpose'),
        description: d.serviceDescription,
        wide: true,
        text: true,
      },
      ...(this.servicePurchase()
        ? [
            item('agreements.field.volume', d.volume),
            item('agreements.field.priceModel', d.priceModel),
            item('agreements.field.price', d.price),
            { ...item('agreements.field.priceAdjustment', d.priceAdjustment), wide: true, text: true },
          ]
        : []),
      item('agreements.field.startDate', d.startDate),
      item('agreements.field.endDate', d.endDate),
      item('agreements.field.noticeMonths', d.noticeMonths),
      ...(d.lastNoticeDate ? [item('agreements.field.lastNoticeDate', d.lastNoticeDate)] : []),
      item('agreements.field.dataProcessingAgreement', d.dataProcessingAgreement),
    ];
  });

  protected readonly assessment = computed(() => {
    const assessment = this.terms().assessment;
    const notSet = this.t('agreements.notSet');
    const answer = (value: boolean | null) =>
      value === null
        ? this.t('agreements.assessment.notAnswered')
        : this.t(value ? 'agreements.yes' : 'agreements.no');
    const items: DetailItem[] = [
      ...CONDITIONS.map((condition) => ({
        term: this.t(condition.label),
        description: answer(assessment[condition.field]),
        wide: true,
      })),
      { term: this.t('agreements.assessment.assessedBy'), description: assessment.assessedBy ?? notSet },
      {
        term: this.t('agreements.assessment.assessedOn'),
        description: assessment.assessedOn ? this.i18n.date(assessment.assessedOn) : notSet,
      },
      {
        term: this.t('agreements.assessment.conclusion'),
        description: assessment.conclusion ?? notSet,
        wide: true,
        text: true,
      },
    ];
    return { complete: assessment.complete, missing: assessment.missing, items };
  });
}
