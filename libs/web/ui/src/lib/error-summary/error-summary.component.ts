import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { injectUiTexts } from '../texts/ui-texts';

/** One problem in a form: the field's id (the link's target), its label and what is wrong. */
export interface FieldProblem {
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/**
 * The problems of a form's fields in the fields' order, for `sb-error-summary`: `fields` in page order, `errors` the
 * sentences shown (a field without one is left out), `label` and `id` name each field.
 */
export function fieldProblems<F extends string>(
  fields: readonly F[],
  errors: Readonly<Partial<Record<F, string | null | undefined>>>,
  label: (field: F) => string,
  id: (field: F) => string,
): FieldProblem[] {
  return fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ id: id(field), label: label(field), message }] : [];
  });
}

/**
 * Designsystemet's error summary: a heading and a link per problem that moves the focus to the field. Nothing is
 * shown while there are no problems. The summary is focusable (`summaryId`, tabindex -1): the form focuses it after a
 * refused submit, so a screen reader reads it at once.
 */
@Component({
  selector: 'sb-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length > 0) {
      <div class="ds-error-summary" tabindex="-1" [id]="summaryId()">
        @switch (headingLevel()) {
          @case (2) {
            <h2 class="ds-heading" data-size="2xs">{{ shownHeading() }}</h2>
          }
          @case (4) {
            <h4 class="ds-heading" data-size="2xs">{{ shownHeading() }}</h4>
          }
          @default {
            <h3 class="ds-heading" data-size="2xs">{{ shownHeading() }}</h3>
          }
        }
        <ul class="ds-list">
          @for (problem of problems(); track problem.id + problem.label) {
            <li>
              <a class="ds-link" [href]="'#' + problem.id" (click)="focusField($event, problem.id)">
                {{ problem.label }}: {{ problem.message }}
              </a>
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    :host:empty {
      display: none;
    }
  `,
})
export class ErrorSummaryComponent {
  /** The id of the summary (the form focuses `#<summaryId>`). */
  readonly summaryId = input.required<string>();
  readonly problems = input<readonly FieldProblem[]>([]);
  /** The heading; the kit's "Rett opp dette før du går videre:" by default. */
  readonly heading = input<string | null | undefined>(undefined);
  readonly headingLevel = input<2 | 3 | 4>(3);

  private readonly document = inject(DOCUMENT);
  private readonly texts = injectUiTexts();
  protected readonly shownHeading = computed(() => this.heading() ?? this.texts().errorSummaryHeading);

  /** The link moves the focus to the field itself (not only scrolls to it). */
  protected focusField(event: Event, id: string): void {
    const field = this.document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }
}
