import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { NotificationWriter } from '@samarbeid/api/data-access';
import { DataSource, EntityManager } from 'typeorm';

import { ExerciseRepository } from './exercise.repository';
import { FollowUpRepository } from './follow-up.repository';
import { RegionFactsRepository } from './region-facts.repository';
import { RosterRepository } from './roster.repository';
import { RoutineRepository } from './routine.repository';

/**
 * Preparedness's repositories, bound to one EntityManager: the data source's, or, inside `transaction`, the
 * transaction's, so that a change, its checks' reads and its history commit together.
 */
export class PreparednessDb {
  constructor(readonly manager: EntityManager) {}

  transaction<T>(work: (tx: PreparednessDb) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new PreparednessDb(manager)));
  }

  get region(): RegionFactsRepository {
    return new RegionFactsRepository(this.manager);
  }

  get roster(): RosterRepository {
    return new RosterRepository(this.manager);
  }

  get exercises(): ExerciseRepository {
    return new ExerciseRepository(this.manager);
  }

  get actions(): FollowUpRepository {
    return new FollowUpRepository(this.manager);
  }

  get routines(): RoutineRepository {
    return new RoutineRepository(this.manager);
  }

  get notifications(): NotificationWriter {
    return new NotificationWriter(this.manager);
  }
}

export const PREPAREDNESS_DB: Provider = {
  provide: PreparednessDb,
  useFactory: (source: DataSource) => new PreparednessDb(source.manager),
  inject: [getDataSourceToken()],
};
