import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService, jobStep } from '@samarbeid/web/data-access';
import { KostraImportJobGQL, StartKostraImportGQL } from '@samarbeid/web/graphql';
import { JobProgressComponent, type JobRunner } from '@samarbeid/web/ui';

/**
 * "Hent KOSTRA-tall fra SSB" (the secretariat): the UI kit's job progress over the KOSTRA import — starts it, follows
 * its progress, and when it has succeeded `imported` tells the page to fetch its figures again.
 */
@Component({
  selector: 'sb-kostra-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [JobProgressComponent],
  template: `<sb-job-progress [texts]="texts()" [runner]="runner" (succeeded)="imported.emit()" />`,
})
export class KostraImportComponent {
  readonly regionSlug = input.required<string>();
  readonly imported = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly startImport = inject(StartKostraImportGQL);
  private readonly importJob = inject(KostraImportJobGQL);

  protected readonly texts = computed(() => ({
    heading: this.i18n.t('kostraImport.heading'),
    intro: this.i18n.t('kostraImport.intro'),
    start: this.i18n.t('kostraImport.start'),
    running: this.i18n.t('kostraImport.running'),
    failedHeading: this.i18n.t('kostraImport.failedHeading'),
  }));

  protected readonly runner: JobRunner = {
    start: () =>
      jobStep(
        this.startImport.mutate({ variables: { regionSlug: this.regionSlug() } }),
        (data) => data.startKostraImport,
        this.i18n,
      ),
    poll: (id) =>
      jobStep(
        this.importJob.fetch({ variables: { id }, fetchPolicy: 'network-only' }),
        (data) => data.importJob,
        this.i18n,
      ),
  };
}
