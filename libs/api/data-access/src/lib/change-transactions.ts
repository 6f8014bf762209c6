import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs one change in one database transaction: the change, the reads its checks make, its locks and its history
 * record commit together or not at all. Each feature provides it under a name of its own.
 */
@Injectable()
export class ChangeTransactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
