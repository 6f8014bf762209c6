import { Module } from '@nestjs/common';

import { FocusCommandService } from './focus-command.service';
import { FocusQueryService } from './focus-query.service';
import { FocusRepository } from './focus.repository';
import { FocusResolver } from './focus.resolver';

export const FOCUS_RESOLVERS = [FocusResolver] as const;

/** Focus items (fokusposter): definitions, targets, values from other systems, files and by hand. */
@Module({
  providers: [FocusRepository, FocusQueryService, FocusCommandService, ...FOCUS_RESOLVERS],
})
export class FocusModule {}
