import { Injectable } from '@nestjs/common';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { ChangeTransactions, recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

/**
 * The transaction a change runs in. Every repository method that writes takes it, and reads inside a change take it
 * too (they see the locks and the rows written so far); reads outside a change leave it out.
 */
export type Tx = EntityManager;

/** Starts the transaction of one change: the change, its locks and its audit commit together or not at all. */
@Injectable()
export class EconomicsTransactions extends ChangeTransactions {}

/** The change history, written in the change's own transaction (decisions/0003). */
@Injectable()
export class EconomicsAudit {
  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }
}
