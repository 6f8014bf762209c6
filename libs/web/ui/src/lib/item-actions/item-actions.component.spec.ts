import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { ItemActionsComponent } from './item-actions.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ItemActionsComponent],
  template: `
    <sb-item-actions
      itemName="Mål 2"
      idPrefix="goal-k2"
      removeLabel="Fjern målet"
      [movable]="movable()"
      [first]="first()"
      [last]="last()"
      [busy]="busy()"
      (moveUp)="events.push('up')"
      (moveDown)="events.push('down')"
      (remove)="events.push('remove')"
    >
      <button type="button" class="extra">Legg til indikator</button>
    </sb-item-actions>
  `,
})
class HostComponent {
  readonly movable = signal(true);
  readonly first = signal(false);
  readonly last = signal(true);
  readonly busy = signal(false);
  readonly events: string[] = [];
}

describe('ItemActionsComponent', () => {
  afterEach(resetTestingModule);

  async function render() {
    const rendered = await renderHost(HostComponent);
    const buttons = () =>
      Array.from(rendered.root.querySelectorAll<HTMLButtonElement>('sb-item-actions button'));
    return { ...rendered, buttons };
  }

  it('names each button with the item for screen readers, and gives it an id', async () => {
    const { buttons } = await render();
    expect(buttons().map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Legg til indikator',
      'Flytt opp Mål 2',
      'Flytt ned Mål 2',
      'Fjern målet Mål 2',
    ]);
    expect(buttons()[1].querySelector('.ds-sr-only')?.textContent).toBe(' Mål 2');
    expect(buttons().map((b) => b.id)).toEqual(['', 'goal-k2-up', 'goal-k2-down', 'goal-k2-remove']);
    expect(
      buttons()
        .slice(1)
        .every((b) => b.type === 'button'),
    ).toBe(true);
  });

  it('moves and removes, and the last item cannot move down (nor the first up)', async () => {
    const { fixture, buttons, host } = await render();
    const [, up, down, remove] = buttons();
    expect(up.disabled).toBe(false);
    expect(down.disabled).toBe(true);
    up.click();
    remove.click();
    expect(host.events).toEqual(['up', 'remove']);

    host.first.set(true);
    host.last.set(false);
    await fixture.whenStable();
    expect(up.disabled).toBe(true);
    down.click();
    expect(host.events).toEqual(['up', 'remove', 'down']);
  });

  it('says it is busy, and leaves out the move buttons for a list without an order', async () => {
    const { fixture, buttons, host } = await render();
    host.busy.set(true);
    host.movable.set(false);
    await fixture.whenStable();
    expect(buttons().map((b) => b.id)).toEqual(['', 'goal-k2-remove']);
    expect(buttons()[1].getAttribute('aria-disabled')).toBe('true');
  });
});
