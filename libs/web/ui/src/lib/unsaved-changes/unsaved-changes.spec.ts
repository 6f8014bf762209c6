import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { reportUnsavedChanges, UnsavedChanges, unsavedChangesGuard } from './unsaved-changes';

/** What the editor in the page has typed but not saved; the specs set it. */
const typed = signal(false);

@Component({
  selector: 'sb-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<input />`,
})
class EditorComponent {
  constructor() {
    reportUnsavedChanges(typed);
  }
}

@Component({
  selector: 'sb-editing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EditorComponent],
  providers: [UnsavedChanges],
  template: `
    @if (showEditor()) {
      <sb-editor />
    }
  `,
})
class EditingPageComponent {
  readonly unsavedChanges = inject(UnsavedChanges);
  readonly showEditor = signal(true);
}

@Component({
  selector: 'sb-other',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'Another page',
})
class OtherPageComponent {}

/** Lets the navigation, the guard and the dialog move on. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

function beforeUnload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

const dialogButton = (name: string) =>
  Array.from(document.querySelectorAll('dialog button')).find(
    (button): button is HTMLButtonElement => button.textContent?.trim() === name,
  );

describe('unsaved changes', () => {
  afterEach(() => {
    typed.set(false);
    TestBed.resetTestingModule();
    document.body.innerHTML = '';
  });

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'edit', component: EditingPageComponent, canDeactivate: [unsavedChangesGuard] },
          { path: 'other', component: OtherPageComponent },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create('/edit');
    const page = harness.routeDebugElement?.componentInstance as EditingPageComponent;
    return { harness, page, router: TestBed.inject(Router) };
  }

  it('is dirty while an editor in the part has unsaved changes, and forgets an editor that is gone', async () => {
    const { harness, page } = await open();
    expect(page.unsavedChanges.dirty()).toBe(false);
    typed.set(true);
    expect(page.unsavedChanges.dirty()).toBe(true);
    page.showEditor.set(false);
    await harness.fixture.whenStable();
    expect(page.unsavedChanges.dirty()).toBe(false);
  });

  it('lets the user leave at once when nothing is unsaved', async () => {
    const { router } = await open();
    await expect(router.navigateByUrl('/other')).resolves.toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('asks before leaving unsaved changes: staying keeps the page, leaving goes on', async () => {
    const { router, harness } = await open();
    typed.set(true);

    const stay = router.navigateByUrl('/other');
    await settle();
    const dialog = document.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.querySelector('h2')?.textContent?.trim()).toBe(
      'Du har endringer som ikke er lagret. Vil du forlate dem?',
    );
    dialogButton('Fortsett å redigere')?.click();
    await expect(stay).resolves.toBe(false);
    expect(router.url).toBe('/edit');
    expect(harness.routeNativeElement?.querySelector('input')).not.toBeNull();

    const leave = router.navigateByUrl('/other');
    await settle();
    dialogButton('Forlat endringene')?.click();
    await expect(leave).resolves.toBe(true);
    expect(router.url).toBe('/other');
  });

  it('has the browser ask before the page is closed while something is unsaved, and only then', async () => {
    const { router } = await open();
    expect(beforeUnload().defaultPrevented).toBe(false);
    typed.set(true);
    expect(beforeUnload().defaultPrevented).toBe(true);
    typed.set(false);
    expect(beforeUnload().defaultPrevented).toBe(false);

    // Once the part is gone, it no longer has a say.
    await router.navigateByUrl('/other');
    typed.set(true);
    expect(beforeUnload().defaultPrevented).toBe(false);
  });

  it('does nothing for an editor outside such a part', () => {
    TestBed.configureTestingModule({});
    const fixture = TestBed.createComponent(EditorComponent);
    expect(fixture.componentInstance).toBeTruthy();
  });
});
