import { Controller, Get, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../auth/access.decorators';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { SkipRateLimit } from './rate-limit';
import { ReadinessProbe, ReadinessReport } from './readiness-probe';

/**
 * Health for load balancers and orchestrators (see docs/operations.md):
 * - `GET /health/live`: the process is up and its event loop answers; no I/O, so a slow database never gets a
 *   healthy process restarted.
 * - `GET /health/ready`: the database answers and every migration the app is built with is applied; 503 with a
 *   JSON reason otherwise.
 * - `GET /health`: the same as `/health/ready`, for the tools that ask it.
 */
@Controller('health')
// Never rate limited: load balancers and orchestrators poll it, often from one address.
@SkipRateLimit()
export class HealthController implements OnModuleDestroy {
  private readonly probe: ReadinessProbe;

  constructor(dataSource: DataSource, @InjectConfig() config: AppConfig) {
    this.probe = new ReadinessProbe({
      databaseUrl: config.databaseUrl,
      migrationsTable: dataSource.options.migrationsTableName ?? 'migrations',
      migrations: () =>
        dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name),
    });
  }

  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  ready(): Promise<ReadinessReport> {
    return this.readiness();
  }

  @Get()
  @Public()
  check(): Promise<ReadinessReport> {
    return this.readiness();
  }

  async onModuleDestroy(): Promise<void> {
    await this.probe.close();
  }

  private async readiness(): Promise<ReadinessReport> {
    const report = await this.probe.check();
    if (report.status !== 'ok') throw new ServiceUnavailableException(report);
    return report;
  }
}
