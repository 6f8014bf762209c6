import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService, type Language, LANGUAGE_NAMES, LANGUAGES } from '@samarbeid/web/data-access';

/** "Norsk" / "English" as a group of toggle buttons; the pressed one is the current language. */
@Component({
  selector: 'sb-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="group" class="sb-language-switch" [attr.aria-label]="t('shell.language')">
      @for (language of languages; track language) {
        <button
          type="button"
          class="ds-button"
          data-size="sm"
          [attr.data-variant]="language === i18n.language() ? 'primary' : 'secondary'"
          [attr.aria-pressed]="language === i18n.language()"
          [attr.lang]="language"
          (click)="i18n.setLanguage(language)"
        >
          {{ names[language] }}
        </button>
      }
    </div>
  `,
  styles: `
    .sb-language-switch {
      display: flex;
      gap: var(--ds-size-1);
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly languages: readonly Language[] = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
}
