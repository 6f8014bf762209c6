import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';

@Component({
  selector: 'sb-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1 class="ds-heading" data-size="lg">{{ t('notFound.title') }}</h1>
    <p class="ds-paragraph">{{ t('notFound.text') }}</p>
    <p class="ds-paragraph">
      <a class="ds-link" routerLink="/kommuner">{{ t('notFound.back') }}</a>
    </p>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }
  `,
})
export class NotFoundComponent {
  protected readonly t = inject(I18nService).t;
}
