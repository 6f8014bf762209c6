import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ShellComponent } from './shell/shell.component';

@Component({
  selector: 'sb-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShellComponent],
  template: '<sb-shell />',
})
export class AppComponent {}
