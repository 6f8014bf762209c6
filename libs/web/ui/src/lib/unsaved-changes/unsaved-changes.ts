import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, inject, Injectable, type Signal, signal } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';

import { ConfirmService } from '../confirm-dialog/confirm.service';
import { injectUiTexts } from '../texts/ui-texts';

/**
 * The changes not yet saved in a part of a page the router can take away (a tab that is a child route). Each editor
 * in it reports whether it has any ({@link reportUnsavedChanges}); the part is left only after the user has said so
 * ({@link unsavedChangesGuard} on its route), and the browser asks before the page is closed or reloaded meanwhile.
 * Provide it in the route's component (`providers: [UnsavedChanges]`) and offer it there as `unsavedChanges`.
 */
@Injectable()
export class UnsavedChanges {
  private readonly editors = signal<readonly Signal<boolean>[]>([]);
  /** Some editor has changes that are not saved. */
  readonly dirty = computed(() => this.editors().some((dirty) => dirty()));

  constructor() {
    const view = inject(DOCUMENT).defaultView;
    if (!view) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (this.dirty()) event.preventDefault();
    };
    view.addEventListener('beforeunload', warn);
    inject(DestroyRef).onDestroy(() => view.removeEventListener('beforeunload', warn));
  }

  /** Counts `dirty` in, until the function returned is called. */
  track(dirty: Signal<boolean>): () => void {
    this.editors.update((editors) => [...editors, dirty]);
    return () => this.editors.update((editors) => editors.filter((editor) => editor !== dirty));
  }
}

/**
 * For an editor (call in an injection context): reports `dirty` to the {@link UnsavedChanges} of the part of the page
 * it is in, for as long as the editor lives. Outside such a part it does nothing.
 */
export function reportUnsavedChanges(dirty: Signal<boolean>): void {
  const changes = inject(UnsavedChanges, { optional: true });
  if (changes) inject(DestroyRef).onDestroy(changes.track(dirty));
}

/** A route's component whose unsaved changes {@link unsavedChangesGuard} asks about. */
export interface HasUnsavedChanges {
  readonly unsavedChanges: UnsavedChanges;
}

/**
 * `canDeactivate` for a route whose component has {@link UnsavedChanges}: with none, the user may leave; with some,
 * the kit's dialog asks "Du har endringer som ikke er lagret. Vil du forlate dem?" and the answer decides.
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.unsavedChanges.dirty()) return true;
  const texts = injectUiTexts()();
  return inject(ConfirmService).ask({
    heading: texts.unsavedQuestion,
    confirmLabel: texts.unsavedLeave,
    cancelLabel: texts.unsavedStay,
    danger: true,
  });
};
