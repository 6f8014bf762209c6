import { booleanAttribute, Directive, input } from '@angular/core';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

/**
 * A Designsystemet button (`ds-button`): `sbButton` names its variant (`primary` when left empty), `type` is
 * `button` unless given (`type="submit"`), and while `busy` it is `aria-disabled` rather than disabled, so the focus
 * stays on it (the caller ignores presses meanwhile). Size and colour stay the element's own attributes
 * (`data-size="sm"`, `data-color="danger"`).
 *
 * ```html
 * <button sbButton="secondary" id="strategy-add-goal" (click)="addGoal()">{{ t('strategyForm.addGoal') }}</button>
 * ```
 */
@Directive({
  selector: '[sbButton]',
  host: {
    class: 'ds-button',
    '[attr.type]': 'type()',
    '[attr.data-variant]': 'variant()',
    '[attr.aria-disabled]': 'busy() ? true : null',
  },
})
export class ButtonDirective {
  readonly variant = input<ButtonVariant, ButtonVariant | ''>('primary', {
    alias: 'sbButton',
    transform: (variant) => variant || 'primary',
  });
  readonly type = input<'button' | 'submit' | 'reset'>('button');
  readonly busy = input(false, { transform: booleanAttribute });
}
