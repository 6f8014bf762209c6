import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MeasureTabContext } from '@samarbeid/web/data-access';
import { type HasUnsavedChanges, UnsavedChanges } from '@samarbeid/web/ui';

import { MeasureBenefitsComponent } from './measure-benefits.component';

/**
 * The benefit-plan tab as a child route of the measure page (`/tiltak/T7/gevinster`), which says which measure. Its
 * forms (a benefit, its planned values, an actual value) report their unsaved changes here, so the route can ask
 * before the tab is left (`unsavedChangesGuard`).
 */
@Component({
  selector: 'sb-measure-benefits-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MeasureBenefitsComponent],
  providers: [UnsavedChanges],
  template: `
    @if (measure(); as measure) {
      <sb-measure-benefits
        [measureId]="measure.id"
        [networkId]="measure.networkId"
        [measureName]="measure.code + ' ' + measure.title"
      />
    }
  `,
  styles: ':host { display: block; }',
})
export class MeasureBenefitsTabComponent implements HasUnsavedChanges {
  protected readonly measure = inject(MeasureTabContext).measure;
  readonly unsavedChanges = inject(UnsavedChanges);
}
