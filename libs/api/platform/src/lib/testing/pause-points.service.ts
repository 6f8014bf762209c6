import { Injectable } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { PAUSE_MARKER, type PausePoint } from './pause-points';

/**
 * A test-only hook, inert unless CRASH_TEST_PAUSE_AT names a pause point (loadConfig refuses it in production): at
 * that point the change announces itself on stdout and waits for ever, holding its transaction open, until the test
 * kills the process. Everywhere else, and always in production, `reach` returns at once.
 */
@Injectable()
export class PausePoints {
  private readonly pauseAt: PausePoint | null;

  constructor(@InjectConfig() config: AppConfig) {
    this.pauseAt = config.testing.pauseAt;
  }

  async reach(point: PausePoint): Promise<void> {
    if (this.pauseAt !== point) return;
    process.stdout.write(`${PAUSE_MARKER} ${point}\n`);
    await new Promise<never>(() => undefined);
  }
}
