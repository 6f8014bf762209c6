import { Controller, Get, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../auth/access.decorators';

export interface HealthReport {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

/** `GET /health`: 200 when the database answers, 503 when it does not. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  async check(): Promise<HealthReport> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database: 'down' } satisfies HealthReport, {
        description: String(HttpStatus.SERVICE_UNAVAILABLE),
      });
    }
  }
}
