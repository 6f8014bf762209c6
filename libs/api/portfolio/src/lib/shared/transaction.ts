import { Injectable } from '@nestjs/common';
import { ChangeTransactions } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

/**
 * The database transaction one change runs in. A service opens it and hands it to the repositories and the
 * history; it never looks inside.
 */
export type Transaction = EntityManager;

/** Runs a change in one transaction: the change, its checks' reads and its history record commit together. */
@Injectable()
export class PortfolioTransactions extends ChangeTransactions {}
