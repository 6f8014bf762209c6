import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { ButtonDirective } from './button.directive';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  template: `<button sbButton [busy]="busy()">Lagre</button>
    <button sbButton="secondary" type="submit" data-size="sm">Send</button>`,
})
class HostComponent {
  readonly busy = signal<string | null>(null);
}

describe('ButtonDirective', () => {
  afterEach(resetTestingModule);

  it('is a Designsystemet button of its variant, a plain button unless typed, aria-disabled while busy', async () => {
    const { root, update } = await renderHost(HostComponent);
    const [save, send] = Array.from(root.querySelectorAll('button'));
    expect([save.className, save.type, save.dataset['variant']]).toEqual(['ds-button', 'button', 'primary']);
    expect([send.type, send.dataset['variant'], send.dataset['size']]).toEqual(['submit', 'secondary', 'sm']);
    expect(save.hasAttribute('aria-disabled')).toBe(false);
    await update((host) => host.busy.set('saving'));
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.disabled).toBe(false);
  });
});
