import { currentNetworkMember, NotificationEntity } from '@samarbeid/api/data-access';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

/** A notification's content and where it leads. */
export interface NotificationContent {
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly agreementId: string;
}

export interface NotificationRecord {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly agreementId: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

/** Whose notifications: a user's own, and, for a municipal director, their municipality's director's. */
export interface Recipient {
  readonly userId: string;
  readonly directorOf: string | null;
}

interface NotificationSqlRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  agreement_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** The recipient's notifications, with the user as $1 and the director's municipality as $2. */
const MINE = `(n.recipient_user_id = $1 OR (n.recipient_municipality = $2 AND n.recipient_role = '${Role.MunicipalDirector}'))`;

/** The network whose members are the municipal directors (kommunedirektørutvalget). */
const STEERING_COMMITTEE_KEY = 'KDU';

/**
 * Every SQL statement on the notification table, and the directors' e-mail addresses notifications are sent to.
 * Bound to one EntityManager, as the agreement repository is.
 */
export class NotificationRepository {
  constructor(readonly manager: EntityManager) {}

  /** Runs `work` in one transaction, with this repository bound to it. */
  transaction<T>(work: (tx: NotificationRepository) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new NotificationRepository(manager)));
  }

  /** One notification to the municipal director of each municipality (whoever holds the role when they read). */
  async insertForDirectors(
    municipalityNumbers: readonly string[],
    content: NotificationContent,
  ): Promise<void> {
    if (municipalityNumbers.length === 0) return;
    await this.manager.insert(
      NotificationEntity,
      municipalityNumbers.map((recipientMunicipality) => ({
        recipientMunicipality,
        recipientRole: Role.MunicipalDirector,
        ...content,
      })),
    );
  }

  /** One notification to each user (identity-provider subject). */
  async insertForUsers(userIds: readonly string[], content: NotificationContent): Promise<void> {
    if (userIds.length === 0) return;
    await this.manager.insert(
      NotificationEntity,
      userIds.map((recipientUserId) => ({ recipientUserId, ...content })),
    );
  }

  /**
   * The e-mail addresses of the region's steering-committee (KDU) members recorded for each municipality with a
   * user: municipality number → addresses, by address.
   */
  async directorEmails(
    regionId: string,
    municipalityNumbers: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { municipality_number: string; email: string }[] = await this.manager.query(
      `SELECT DISTINCT nm.municipality_number, nm.email FROM network_member nm JOIN network n ON n.id = nm.network_id
        WHERE n.region_id = $1 AND n.key = $2 AND nm.user_id IS NOT NULL AND nm.email IS NOT NULL
          AND nm.municipality_number = ANY($3::text[]) AND ${currentNetworkMember('nm')}
        ORDER BY nm.municipality_number, nm.email`,
      [regionId, STEERING_COMMITTEE_KEY, [...municipalityNumbers]],
    );
    const emails = new Map<string, string[]>();
    for (const row of rows)
      emails.set(row.municipality_number, [...(emails.get(row.municipality_number) ?? []), row.email]);
    return emails;
  }

  /** A page of the recipient's notifications, newest first, and how many there are in all. */
  async page(
    recipient: Recipient,
    unreadOnly: boolean,
    offset: number,
    limit: number,
  ): Promise<{ rows: NotificationRecord[]; total: number }> {
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const rows: NotificationSqlRow[] = await this.manager.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.agreement_id, n.created_at, n.read_at FROM notification n
        WHERE ${MINE} ${unread} ORDER BY n.created_at DESC, n.id DESC OFFSET $3 LIMIT $4`,
      [...params(recipient), offset, limit],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      `SELECT count(*)::int AS total FROM notification n WHERE ${MINE} ${unread}`,
      params(recipient),
    );
    return {
      rows: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        link: row.link,
        agreementId: row.agreement_id,
        createdAt: row.created_at,
        readAt: row.read_at,
      })),
      total,
    };
  }

  async unreadCount(recipient: Recipient): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM notification n WHERE ${MINE} AND n.read_at IS NULL`,
      params(recipient),
    );
    return rows[0].n;
  }

  /** Locks the notifications with these ids (FOR UPDATE), saying of each whether it is the recipient's. */
  lockWithOwnership(recipient: Recipient, ids: readonly string[]): Promise<{ id: string; mine: boolean }[]> {
    return this.manager.query(
      `SELECT n.id, ${MINE} AS mine FROM notification n WHERE n.id = ANY($3::uuid[]) FOR UPDATE`,
      [...params(recipient), [...ids]],
    );
  }

  /** Marks the unread ones among `ids` read; returns the ids it marked. */
  async markRead(ids: readonly string[]): Promise<string[]> {
    // PostgreSQL UPDATE through TypeORM answers [rows, affected].
    const [marked]: [{ id: string }[], number] = await this.manager.query(
      'UPDATE notification SET read_at = now() WHERE id = ANY($1::uuid[]) AND read_at IS NULL RETURNING id',
      [[...ids]],
    );
    return marked.map((row) => row.id);
  }
}

const params = (recipient: Recipient): [string, string | null] => [recipient.userId, recipient.directorOf];
