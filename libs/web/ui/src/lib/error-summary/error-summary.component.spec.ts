import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { UI_LANGUAGE, type UiLanguage } from '../texts/ui-texts';
import { ErrorSummaryComponent, type FieldProblem, fieldProblems } from './error-summary.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummaryComponent],
  template: `
    <sb-error-summary
      summaryId="thing-errors"
      [problems]="problems()"
      [heading]="heading()"
      [headingLevel]="level()"
    />
    <input id="thing-title" />
  `,
})
class HostComponent {
  readonly problems = signal<readonly FieldProblem[]>([]);
  readonly heading = signal<string | undefined>(undefined);
  readonly level = signal<2 | 3 | 4>(3);
}

describe('ErrorSummaryComponent', () => {
  afterEach(resetTestingModule);

  async function render(language: UiLanguage = 'nb') {
    TestBed.configureTestingModule({ providers: [{ provide: UI_LANGUAGE, useValue: () => language }] });
    return renderHost(HostComponent);
  }

  it('shows nothing while there are no problems', async () => {
    const { root } = await render();
    expect(root.querySelector('.ds-error-summary')).toBeNull();
  });

  it('lists each problem as a link to its field, under the kit’s heading, in a focusable summary', async () => {
    const { fixture, root, host } = await render();
    host.problems.set([{ id: 'thing-title', label: 'Tittel', message: 'Skriv en tittel.' }]);
    await fixture.whenStable();

    const summary = root.querySelector<HTMLElement>('#thing-errors');
    expect(summary?.classList).toContain('ds-error-summary');
    expect(summary?.getAttribute('tabindex')).toBe('-1');
    expect(summary?.querySelector('h3')?.textContent?.trim()).toBe('Rett opp dette før du går videre:');
    const link = summary?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#thing-title');
    expect(link?.textContent?.trim()).toBe('Tittel: Skriv en tittel.');

    link?.click();
    expect(document.activeElement).toBe(root.querySelector('#thing-title'));
  });

  it('takes the caller’s heading and level, and speaks English when the app does', async () => {
    const { fixture, root, host } = await render('en');
    host.problems.set([{ id: 'thing-title', label: 'Title', message: 'Write a title.' }]);
    await fixture.whenStable();
    expect(root.querySelector('h3')?.textContent?.trim()).toBe('Correct this before you continue:');

    host.heading.set('Rett opp dette før du lagrer:');
    host.level.set(2);
    await fixture.whenStable();
    expect(root.querySelector('h3')).toBeNull();
    expect(root.querySelector('h2')?.textContent?.trim()).toBe('Rett opp dette før du lagrer:');
    host.level.set(4);
    await fixture.whenStable();
    expect(root.querySelector('h4')).not.toBeNull();
  });
});

describe('fieldProblems', () => {
  it('keeps the fields’ order, leaves out those without a problem and names each one', () => {
    const problems = fieldProblems(
      ['code', 'title', 'tier'] as const,
      { tier: 'Velg en samarbeidsform.', code: 'Skriv en kode.', title: '' },
      (field) => field.toUpperCase(),
      (field) => `new-measure-${field}`,
    );
    expect(problems).toEqual([
      { id: 'new-measure-code', label: 'CODE', message: 'Skriv en kode.' },
      { id: 'new-measure-tier', label: 'TIER', message: 'Velg en samarbeidsform.' },
    ]);
  });
});
