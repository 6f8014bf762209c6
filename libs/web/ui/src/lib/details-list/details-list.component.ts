import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One term of a description list and what it says. */
export interface DetailItem {
  readonly term: string;
  readonly description: string;
  /** The item takes the whole row (a longer text). */
  readonly wide?: boolean;
  /** The description is text the user wrote: its line breaks are kept. */
  readonly text?: boolean;
}

/**
 * A description list laid out as a grid of term and description pairs, as many side by side as fit, each term in
 * bold above its description.
 */
@Component({
  selector: 'sb-details-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="sb-details-list">
      @for (item of items(); track $index) {
        <div [class.sb-details-list__wide]="item.wide">
          <dt>{{ item.term }}</dt>
          <dd [class.sb-details-list__text]="item.text">{{ item.description }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }

    .sb-details-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
      gap: var(--ds-size-4) var(--ds-size-6);
      margin: 0;
    }

    dt {
      font-weight: var(--ds-font-weight-semibold);
    }

    dd {
      margin: 0;
    }

    .sb-details-list__wide {
      grid-column: 1 / -1;
    }

    .sb-details-list__text {
      white-space: pre-line;
      max-inline-size: 70ch;
    }
  `,
})
export class DetailsListComponent {
  readonly items = input.required<readonly DetailItem[]>();
}
