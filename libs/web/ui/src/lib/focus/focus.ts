import { afterNextRender, ElementRef, inject, Injector } from '@angular/core';

/**
 * For a component that moves the focus after a change (to its feedback, a new row, the field in error): returns a
 * function that focuses the component's first element matching `selector` once the next render has shown it. Call
 * in an injection context (a field initializer).
 */
export function injectFocusAfterRender(): (selector: string) => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const injector = inject(Injector);
  return (selector) => {
    afterNextRender(() => host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector });
  };
}
