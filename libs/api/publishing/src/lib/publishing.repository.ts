import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { enqueueMail, NotificationEntity, recordAudit } from '@samarbeid/api/data-access';
import type { MailMessage } from '@samarbeid/api/platform';
import type { ConformanceLevel, PublicSection } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import type { Statement } from './domain/statement';

export type Tx = EntityManager;

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export interface SettingRow {
  readonly section: PublicSection;
  readonly published: boolean;
  readonly changedAt: Date;
  readonly changedByName: string | null;
}

export interface FeedbackRow {
  readonly id: string;
  readonly message: string;
  readonly name: string | null;
  readonly page: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

export interface NewFeedback {
  readonly regionId: string;
  readonly message: string;
  readonly name: string | null;
  readonly page: string | null;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The entity types publishing writes to the history; their actors are who manage the region's public site. */
export const PUBLISHING_AUDIT_TYPES = ['publish_setting', 'accessibility_statement', 'public_feedback'];

/** All SQL of publishing's own tables: settings, the statement, feedback, preview links, and their history. */
@Injectable()
export class PublishingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private run(tx?: Tx): Tx | DataSource {
    return tx ?? this.dataSource;
  }

  async regionBySlug(slug: string, tx?: Tx): Promise<RegionRow | null> {
    const rows: RegionRow[] = await this.run(tx).query('SELECT id, slug, name FROM region WHERE slug = $1', [
      slug,
    ]);
    return rows[0] ?? null;
  }

  async lockRegion(tx: Tx, regionId: string): Promise<void> {
    await tx.query('SELECT id FROM region WHERE id = $1 FOR UPDATE', [regionId]);
  }

  async settings(regionId: string, tx?: Tx): Promise<SettingRow[]> {
    return this.run(tx).query(
      `SELECT section, published, changed_at AS "changedAt", changed_by_name AS "changedByName"
         FROM publish_setting WHERE region_id = $1`,
      [regionId],
    );
  }

  /** A region and its published sections: one small statement, read on every public request. */
  async regionWithPublished(slug: string): Promise<{ region: RegionRow; sections: PublicSection[] } | null> {
    const rows: (RegionRow & { sections: PublicSection[] })[] = await this.dataSource.query(
      `SELECT r.id, r.slug, r.name,
              coalesce(array(SELECT s.section FROM publish_setting s WHERE s.region_id = r.id AND s.published),
                       '{}') AS sections
         FROM region r WHERE r.slug = $1`,
      [slug],
    );
    const row = rows[0];
    return row ? { region: { id: row.id, slug: row.slug, name: row.name }, sections: row.sections } : null;
  }

  /** Sets one switch; returns what it was before. */
  async setPublished(
    tx: Tx,
    regionId: string,
    section: PublicSection,
    published: boolean,
    by: string | null,
  ): Promise<boolean> {
    const before: { published: boolean }[] = await tx.query(
      'SELECT published FROM publish_setting WHERE region_id = $1 AND section = $2',
      [regionId, section],
    );
    await tx.query(
      `INSERT INTO publish_setting (region_id, section, published, changed_at, changed_by_name)
       VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (region_id, section) DO UPDATE
         SET published = EXCLUDED.published, changed_at = now(), changed_by_name = EXCLUDED.changed_by_name`,
      [regionId, section, published, by],
    );
    return before[0]?.published ?? false;
  }

  async statement(regionId: string, tx?: Tx): Promise<Statement | null> {
    const rows: {
      conformance: ConformanceLevel;
      deviations: string;
      feedbackEmail: string | null;
      lastReviewed: string;
      version: number;
    }[] = await this.run(tx).query(
      `SELECT conformance, deviations, feedback_email AS "feedbackEmail",
              to_char(last_reviewed, 'YYYY-MM-DD') AS "lastReviewed", version
         FROM accessibility_statement WHERE region_id = $1`,
      [regionId],
    );
    return rows[0] ?? null;
  }

  async saveStatement(tx: Tx, regionId: string, statement: Omit<Statement, 'version'>): Promise<void> {
    await tx.query(
      `INSERT INTO accessibility_statement (region_id, conformance, deviations, feedback_email, last_reviewed)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (region_id) DO UPDATE
         SET conformance = EXCLUDED.conformance, deviations = EXCLUDED.deviations,
             feedback_email = EXCLUDED.feedback_email, last_reviewed = EXCLUDED.last_reviewed,
             version = accessibility_statement.version + 1, updated_at = now()`,
      [
        regionId,
        statement.conformance,
        statement.deviations,
        statement.feedbackEmail,
        statement.lastReviewed,
      ],
    );
  }

  async feedback(
    regionId: string,
    page: { first: number; offset: number },
  ): Promise<{ rows: FeedbackRow[]; total: number; unread: number }> {
    const [rows, counts] = await Promise.all([
      this.dataSource.query<FeedbackRow[]>(
        `SELECT id, message, name, page, created_at AS "createdAt", read_at AS "readAt"
           FROM public_feedback WHERE region_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
        [regionId, page.first, page.offset],
      ),
      this.dataSource.query<{ total: number; unread: number }[]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM public_feedback WHERE region_id = $1`,
        [regionId],
      ),
    ]);
    return { rows, total: counts[0]?.total ?? 0, unread: counts[0]?.unread ?? 0 };
  }

  async lockFeedback(tx: Tx, id: string): Promise<(FeedbackRow & { regionId: string }) | null> {
    const rows: (FeedbackRow & { regionId: string })[] = await tx.query(
      `SELECT id, region_id AS "regionId", message, name, page, created_at AS "createdAt", read_at AS "readAt"
         FROM public_feedback WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async markRead(tx: Tx, id: string, read: boolean): Promise<void> {
    await tx.query(
      `UPDATE public_feedback SET read_at = CASE WHEN $2 THEN coalesce(read_at, now()) ELSE NULL END WHERE id = $1`,
      [id, read],
    );
  }

  async insertFeedback(tx: Tx, feedback: NewFeedback): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      'INSERT INTO public_feedback (region_id, message, name, page) VALUES ($1, $2, $3, $4) RETURNING id',
      [feedback.regionId, feedback.message, feedback.name, feedback.page],
    );
    return rows[0].id;
  }

  /** Who has managed this region's public site (changed a switch or the statement): they are told of feedback. */
  async publishingManagers(tx: Tx, regionId: string): Promise<string[]> {
    const rows: { actorId: string }[] = await tx.query(
      `SELECT DISTINCT actor_id AS "actorId" FROM audit_event
        WHERE region_id = $1 AND entity_type = ANY($2::text[]) AND actor_id <> 'public' AND actor_id NOT LIKE 'system:%'
        LIMIT 50`,
      [regionId, PUBLISHING_AUDIT_TYPES.slice(0, 2)],
    );
    return rows.map((row) => row.actorId);
  }

  async notify(
    tx: Tx,
    userIds: readonly string[],
    content: { title: string; body: string; link: string },
  ): Promise<void> {
    if (userIds.length === 0) return;
    await tx.insert(
      NotificationEntity,
      userIds.map((recipientUserId) => ({ recipientUserId, kind: 'PUBLIC_FEEDBACK' as const, ...content })),
    );
  }

  mail(tx: Tx, messages: readonly MailMessage[]): Promise<number> {
    return enqueueMail(tx, messages);
  }

  /** Stores a preview link's token (hashed) for a region; returns when it expires. */
  async createPreview(tx: Tx, regionId: string, token: string, minutes: number): Promise<Date> {
    await tx.query('DELETE FROM publish_preview WHERE expires_at < now()');
    const rows: { expiresAt: Date }[] = await tx.query(
      `INSERT INTO publish_preview (token_hash, region_id, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at AS "expiresAt"`,
      [sha256(token), regionId, minutes],
    );
    return rows[0].expiresAt;
  }

  /** Whether a preview token is valid for the region now. */
  async previewValid(regionId: string, token: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM publish_preview WHERE token_hash = $1 AND region_id = $2 AND expires_at > now()',
      [sha256(token), regionId],
    );
    return rows.length > 0;
  }

  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }
}
