import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import { DataSource, EntityManager } from 'typeorm';

import {
  DEMO_MEMBERSHIP_FROM,
  DEMO_POPULATION_SOURCE,
  DEMO_POPULATION_YEAR,
  DEMO_REGIONS,
} from './demo-data';
import { seedAgreements } from './agreements-seed';
import { seedCostYears } from './cost-years-seed';
import { seedEconomics } from './economics-seed';
import { seedGovernance } from './governance-seed';
import { seedFocus } from './focus-seed';
import { seedIndicators } from './indicators-seed';
import { seedKpiSet } from './kpi-set-seed';
import { seedPlan } from './plan-seed';
import { seedPortfolio } from './portfolio-seed';
import { seedPreparedness } from './preparedness-seed';
import { seedPublishing } from './publishing-seed';
import { seedReferencePlan } from './reference-seed';
import { seedReporting } from './reporting-seed';
import { seedSelfEvaluation } from './self-evaluation-seed';

/**
 * With DEMO_SEED=true, writes the demo regions at start-up. Idempotent: running it again changes nothing,
 * and it never overwrites data someone has changed since (rows that exist are left alone).
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    await this.dataSource.transaction((manager) => seedDemo(manager));
    this.logger.log(`Demo data present: ${DEMO_REGIONS.map((region) => region.name).join(', ')}`);
  }
}

export async function seedDemo(manager: EntityManager): Promise<void> {
  for (const region of DEMO_REGIONS) {
    await manager.query('INSERT INTO region (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING', [
      region.slug,
      region.name,
    ]);
    const [{ id }]: { id: string }[] = await manager.query('SELECT id FROM region WHERE slug = $1', [
      region.slug,
    ]);
    for (const member of region.members) {
      await manager.query(
        'INSERT INTO municipality (number, name) VALUES ($1, $2) ON CONFLICT (number) DO NOTHING',
        [member.number, member.name],
      );
      await manager.query(
        `INSERT INTO region_membership (region_id, municipality_number, valid_from) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT uq_region_membership_period DO NOTHING`,
        [id, member.number, DEMO_MEMBERSHIP_FROM],
      );
      if (member.population !== undefined) {
        await manager.query(
          `INSERT INTO municipality_population (municipality_number, year, count, source) VALUES ($1, $2, $3, $4)
           ON CONFLICT (municipality_number, year) DO NOTHING`,
          [member.number, DEMO_POPULATION_YEAR, member.population, DEMO_POPULATION_SOURCE],
        );
      }
    }
  }
  await seedPortfolio(manager);
  const [kongsberg]: { id: string }[] = await manager.query(
    "SELECT id FROM region WHERE slug = 'kongsbergregionen'",
  );
  if (kongsberg) {
    await seedEconomics(manager, kongsberg.id);
    await seedCostYears(manager, kongsberg.id);
    await seedAgreements(manager, kongsberg.id);
    await seedIndicators(manager, kongsberg.id);
    await seedKpiSet(manager, kongsberg.id);
    await seedFocus(manager, kongsberg.id);
    await seedGovernance(manager, kongsberg.id);
    await seedSelfEvaluation(manager, kongsberg.id);
    await seedReporting(manager, kongsberg.id);
    await seedPlan(manager, kongsberg.id);
    await seedPublishing(manager, kongsberg.id);
  }
  await seedReferencePlan(manager);
  await seedPreparedness(manager);
}
