import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MOBILISATION_LABELS, type MobilisationRating } from '@samarbeid/shared/domain';
import { I18nService } from '@samarbeid/web/data-access';

import { labelOf, MOBILISATION_COLORS, mobilisationShortLabel } from './labels';

/**
 * A mobilisation rating as a coloured tag with its colour word ("Grønn"); the full meaning is in the
 * tooltip-free visually hidden text, so colour is never the only carrier. "Ikke vurdert" when there is none.
 */
@Component({
  selector: 'sb-mobilisation-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let value = rating();
    @if (value) {
      <span class="ds-tag sb-mobilisation" data-size="sm" [attr.data-color]="colors[value]">
        <span class="sb-mobilisation__dot" aria-hidden="true"></span>
        {{ short() }}
        @if (long()) {
          <span class="ds-sr-only">({{ explanation() }})</span>
        }
      </span>
    } @else {
      <span class="sb-mobilisation--none">{{ i18n.t('mobilisation.none') }}</span>
    }
  `,
  styles: `
    .sb-mobilisation {
      gap: var(--ds-size-1);
      white-space: nowrap;
    }

    .sb-mobilisation__dot {
      inline-size: 0.6em;
      block-size: 0.6em;
      border-radius: 50%;
      background: var(--ds-color-base-default);
    }

    .sb-mobilisation--none {
      color: var(--ds-color-neutral-text-subtle);
    }
  `,
})
export class MobilisationTagComponent {
  readonly rating = input<MobilisationRating | null>(null);
  /** Also give the full meaning ("lite prosess, sikker gevinst") to screen readers. */
  readonly long = input(false);

  protected readonly i18n = inject(I18nService);
  protected readonly colors = MOBILISATION_COLORS;
  protected readonly short = computed(() => {
    const value = this.rating();
    return value ? mobilisationShortLabel(value, this.i18n.language()) : '';
  });
  protected readonly explanation = computed(() => {
    const value = this.rating();
    if (!value) return '';
    return labelOf(MOBILISATION_LABELS, value, this.i18n.language()).split(' – ').slice(1).join(' – ');
  });
}
