import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { SetRegionBenefitThresholdsGQL } from '@samarbeid/web/graphql';

import { formatPercent } from '../shared/economics-figures';
import { checkThresholds, type ThresholdProblem } from './economics-forms';
import { writeRegionEconomics } from './write-region-economics';

export interface Thresholds {
  readonly greenFromPercent: string;
  readonly yellowFromPercent: string;
}

type Field = 'green' | 'yellow';

const PROBLEM_KEYS = {
  invalid: 'economicsPages.thresholdsForm.invalid',
  order: 'economicsPages.thresholdsForm.order',
} as const;

/** The region's benefit status thresholds (the secretariat): green from and yellow from, in per cent of planned. */
@Component({
  selector: 'sb-thresholds-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './thresholds-editor.component.html',
  styles: `
    .sb-percent {
      inline-size: 8rem;
    }
  `,
})
export class ThresholdsEditorComponent {
  readonly regionSlug = input.required<string>();
  readonly thresholds = input.required<Thresholds>();

  private readonly i18n = inject(I18nService);
  private readonly mutation = inject(SetRegionBenefitThresholdsGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly t = this.i18n.t;

  protected readonly green = linkedSignal(() => formatPercent(this.thresholds().greenFromPercent));
  protected readonly yellow = linkedSignal(() => formatPercent(this.thresholds().yellowFromPercent));
  protected readonly problems = signal<Partial<Record<Field, ThresholdProblem>>>({});
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly refusal = signal<string | undefined>(undefined);
  protected readonly messages = computed(() => {
    const problems = this.problems();
    return {
      green: problems.green ? this.t(PROBLEM_KEYS[problems.green]) : undefined,
      yellow: problems.yellow ? this.t(PROBLEM_KEYS[problems.yellow]) : undefined,
    };
  });

  protected set(field: Field, event: Event): void {
    (field === 'green' ? this.green : this.yellow).set((event.target as HTMLInputElement).value);
    this.saved.set(false);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.saved.set(false);
    this.refusal.set(undefined);
    const check = checkThresholds(this.green(), this.yellow());
    if (!check.ok) {
      this.problems.set({
        ...(check.green ? { green: check.green } : {}),
        ...(check.yellow ? { yellow: check.yellow } : {}),
      });
      this.focusAfterRender(check.green ? '#threshold-green' : '#threshold-yellow');
      return;
    }
    this.problems.set({});
    this.saving.set(true);
    const regionSlug = this.regionSlug();
    const outcome = await runMutation(
      this.mutation.mutate({
        variables: {
          input: {
            regionSlug,
            greenFromPercent: check.greenFromPercent,
            yellowFromPercent: check.yellowFromPercent,
          },
        },
        update: (cache, { data }) => writeRegionEconomics(cache, regionSlug, data?.setBenefitThresholds),
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.set(true);
      return;
    }
    this.refusal.set(errorText(outcome.error, this.i18n));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
