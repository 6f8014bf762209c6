import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The database transaction one change runs in. A service opens it and hands it to the repositories and the
 * history; it never looks inside.
 */
export type Transaction = EntityManager;

/** Runs a change in one transaction: the change, its checks' reads and its history record commit together. */
@Injectable()
export class PortfolioTransactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
