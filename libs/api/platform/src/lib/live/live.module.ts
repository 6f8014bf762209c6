import { Module } from '@nestjs/common';

import { LiveChanges } from './live-changes';
import { LiveRegions, LiveResolver } from './live.resolver';
import { LiveSockets } from './live-server';

/** Live updates: the PostgreSQL bus, the `regionChanged` subscription and the open sockets (decisions/0013). */
@Module({
  providers: [LiveChanges, LiveRegions, LiveResolver, LiveSockets],
  exports: [LiveChanges, LiveSockets],
})
export class LiveModule {}

export const LIVE_RESOLVERS = [LiveResolver] as const;
