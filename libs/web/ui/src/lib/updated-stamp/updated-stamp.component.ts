import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { fillIn, injectUiTexts, UI_LANGUAGE } from '../texts/ui-texts';

/** HH:MM:SS on the 24-hour clock, as Norwegian writes it (also in English, so the stamp reads the same). */
export function clockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

/**
 * "Oppdatert kl. 14:03:27": when a live page's figures were last fetched (see `refetchOnRegionChange` in
 * data-access). Shown quietly beside the heading; not a live region, so a screen reader is not interrupted by every
 * change elsewhere in the region. Nothing is shown before the first fetch.
 */
@Component({
  selector: 'sb-updated-stamp',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (at(); as time) {
      <p class="ds-paragraph sb-updated-stamp" data-size="sm">
        <time [attr.datetime]="time.toISOString()">{{ text() }}</time>
      </p>
    }
  `,
  styles: `
    .sb-updated-stamp {
      margin: 0;
      color: var(--ds-color-text-subtle);
    }
  `,
})
export class UpdatedStampComponent {
  private readonly texts = injectUiTexts();
  private readonly language = inject(UI_LANGUAGE);
  /** When the data was last fetched; null: not yet. */
  readonly at = input<Date | null>(null);
  protected readonly text = computed(() => {
    const at = this.at();
    this.language();
    return at ? fillIn(this.texts().updatedAt, { time: clockTime(at) }) : '';
  });
}
