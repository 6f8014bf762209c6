import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService, jobStep } from '@samarbeid/web/data-access';
import { ImportJobGQL, StartSsbImportGQL } from '@samarbeid/web/graphql';
import { JOB_POLL_MS, JobProgressComponent, type JobRunner } from '@samarbeid/web/ui';

/** How often the import's progress is asked for while it runs. */
export const IMPORT_POLL_MS = JOB_POLL_MS;

/**
 * "Hent kommuner og folketall fra SSB" (the secretariat): the UI kit's job progress over the SSB import — starts it,
 * follows its progress, and when it has succeeded `imported` tells the page to fetch the municipalities again.
 */
@Component({
  selector: 'sb-ssb-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [JobProgressComponent],
  template: `<sb-job-progress [texts]="texts()" [runner]="runner" (succeeded)="imported.emit()" />`,
})
export class SsbImportComponent {
  readonly regionSlug = input.required<string>();
  readonly imported = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly startImport = inject(StartSsbImportGQL);
  private readonly importJob = inject(ImportJobGQL);

  protected readonly texts = computed(() => ({
    heading: this.i18n.t('ssbImport.heading'),
    intro: this.i18n.t('ssbImport.intro'),
    start: this.i18n.t('ssbImport.start'),
    running: this.i18n.t('ssbImport.running'),
    failedHeading: this.i18n.t('ssbImport.failedHeading'),
  }));

  protected readonly runner: JobRunner = {
    start: () =>
      jobStep(
        this.startImport.mutate({ variables: { regionSlug: this.regionSlug() } }),
        (data) => data.startSsbImport,
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
