import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MeasureTabContext } from '@samarbeid/web/data-access';
import { type HasUnsavedChanges, UnsavedChanges } from '@samarbeid/web/ui';

import { MeasureEconomicsComponent } from './measure-economics.component';

/**
 * The economics tab as a child route of the measure page (`/tiltak/T7/okonomi`), which says which measure. Its
 * editors (the costs, the distribution key) report their unsaved changes here, so the route can ask before the tab is
 * left (`unsavedChangesGuard`).
 */
@Component({
  selector: 'sb-measure-economics-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MeasureEconomicsComponent],
  providers: [UnsavedChanges],
  template: `
    @if (measure(); as measure) {
      <sb-measure-economics [measureId]="measure.id" />
    }
  `,
  styles: ':host { display: block; }',
})
export class MeasureEconomicsTabComponent implements HasUnsavedChanges {
  protected readonly measure = inject(MeasureTabContext).measure;
  readonly unsavedChanges = inject(UnsavedChanges);
}
