import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { I18nService, type TranslationKey } from '@samarbeid/web/data-access';

interface NavLink {
  readonly path: string;
  readonly label: TranslationKey;
  readonly exact: boolean;
}

const LINKS: readonly NavLink[] = [
  { path: '/beredskap', label: 'preparedness.nav.check', exact: true },
  { path: '/beredskap/ovelser', label: 'preparedness.nav.exercises', exact: false },
  { path: '/beredskap/oppfolging', label: 'preparedness.nav.followUp', exact: false },
  { path: '/beredskap/kriseteam', label: 'preparedness.nav.roster', exact: false },
];

/** The preparedness pages' own navigation, keeping the chosen region. */
@Component({
  selector: 'sb-preparedness-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="sb-preparedness-nav" [attr.aria-label]="t('preparedness.nav.label')">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              class="ds-link"
              [routerLink]="link.path"
              [queryParams]="region() ? { region: region() } : {}"
              routerLinkActive="sb-preparedness-nav__active"
              [routerLinkActiveOptions]="{
                paths: link.exact ? 'exact' : 'subset',
                queryParams: 'ignored',
                matrixParams: 'ignored',
                fragment: 'ignored',
              }"
              ariaCurrentWhenActive="page"
              >{{ t(link.label) }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .sb-preparedness-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .sb-preparedness-nav__active {
      font-weight: var(--ds-font-weight-semibold);
      text-decoration-thickness: 3px;
    }
  `,
})
export class PreparednessNavComponent {
  /** The region to keep in the links (the address's `region`); none: the default region. */
  readonly region = input<string | undefined>(undefined);
  protected readonly t = inject(I18nService).t;
  protected readonly links = LINKS;
}
