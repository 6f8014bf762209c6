import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Actor } from '@samarbeid/api/data-access';
import { assertExpectedVersion, type AuthenticatedUser } from '@samarbeid/api/platform';
import { PUBLIC_SECTION_LABELS, UNAVAILABLE_PUBLIC_SECTIONS } from '@samarbeid/shared/domain';

import { DEFAULT_STATEMENT } from './domain/statement';
import type {
  MarkPublicFeedbackInput,
  SaveAccessibilityStatementInput,
  SetPublishingInput,
} from './dto/publishing.inputs';
import type { PublicFeedback, Publishing, PublishingPreview } from './dto/publishing.types';
import { badReviewDate, feedbackNotFound, regionNotFound, sectionUnavailable } from './publishing.errors';
import { PublishingQueryService } from './publishing-query.service';
import { PublishingRepository } from './publishing.repository';
import { PUBLIC_ROOT } from './public/render/pages';

const STATEMENT = { nb: 'Tilgjengelighetserklæringen', en: 'The accessibility statement' };

/** How long a preview link opens the unpublished sections. */
export const PREVIEW_MINUTES = 30;

/** The public feedback form's sender in the history: nobody signed in. */
const PUBLIC_ACTOR: Actor = { id: 'public', name: 'Publikum' };

/** Changes to what a region publishes, each in one transaction with its history record. */
@Injectable()
export class PublishingCommandService {
  constructor(
    private readonly publishing: PublishingRepository,
    private readonly queries: PublishingQueryService,
  ) {}

  async setPublished(user: AuthenticatedUser, input: SetPublishingInput): Promise<Publishing> {
    if (input.published && UNAVAILABLE_PUBLIC_SECTIONS.includes(input.section)) {
      throw sectionUnavailable(input.section);
    }
    await this.publishing.transaction(async (tx) => {
      const region = await this.publishing.regionBySlug(input.regionSlug, tx);
      if (!region) throw regionNotFound(input.regionSlug);
      await this.publishing.lockRegion(tx, region.id);
      const before = await this.publishing.setPublished(
        tx,
        region.id,
        input.section,
        input.published,
        user.name ?? user.username,
      );
      const label = PUBLIC_SECTION_LABELS[input.section].nb;
      await this.publishing.record(tx, user, {
        action: 'UPDATE',
        entityType: 'publish_setting',
        entityId: region.id,
        regionId: region.id,
        summary: input.published
          ? `«${label}» er publisert på den offentlige siden`
          : `«${label}» er ikke lenger publisert på den offentlige siden`,
        before: { section: input.section, published: before },
        after: { section: input.section, published: input.published },
      });
    });
    return this.queries.settings(input.regionSlug);
  }

  async saveStatement(user: AuthenticatedUser, input: SaveAccessibilityStatementInput): Promise<Publishing> {
    const reviewed = new Date(`${input.lastReviewed}T00:00:00Z`);
    if (
      Number.isNaN(reviewed.getTime()) ||
      reviewed.toISOString().slice(0, 10) !== input.lastReviewed ||
      reviewed.getTime() > Date.now() + 24 * 3600_000
    ) {
      throw badReviewDate();
    }
    await this.publishing.transaction(async (tx) => {
      const region = await this.publishing.regionBySlug(input.regionSlug, tx);
      if (!region) throw regionNotFound(input.regionSlug);
      await this.publishing.lockRegion(tx, region.id);
      const before = (await this.publishing.statement(region.id, tx)) ?? DEFAULT_STATEMENT;
      assertExpectedVersion(before, input.expectedVersion, STATEMENT);
      const after = {
        conformance: input.conformance,
        deviations: input.deviations.trim(),
        feedbackEmail: input.feedbackEmail?.trim() || null,
        lastReviewed: input.lastReviewed,
      };
      await this.publishing.saveStatement(tx, region.id, after);
      await this.publishing.record(tx, user, {
        action: before.version === 0 ? 'CREATE' : 'UPDATE',
        entityType: 'accessibility_statement',
        entityId: region.id,
        regionId: region.id,
        summary: `Tilgjengelighetserklæringen er oppdatert (sist vurdert ${input.lastReviewed})`,
        before: { ...before },
        after,
      });
    });
    return this.queries.settings(input.regionSlug);
  }

  async markFeedback(user: AuthenticatedUser, input: MarkPublicFeedbackInput): Promise<PublicFeedback> {
    return this.publishing.transaction(async (tx) => {
      const feedback = await this.publishing.lockFeedback(tx, input.id);
      if (!feedback) throw feedbackNotFound();
      const read = input.read;
      await this.publishing.markRead(tx, feedback.id, read);
      await this.publishing.record(tx, user, {
        action: 'UPDATE',
        entityType: 'public_feedback',
        entityId: feedback.id,
        regionId: feedback.regionId,
        summary: read
          ? 'Tilbakemelding fra publikum er lest'
          : 'Tilbakemelding fra publikum er merket som ulest',
        before: { read: feedback.readAt !== null },
        after: { read },
      });
      return {
        id: feedback.id,
        message: feedback.message,
        name: feedback.name,
        page: feedback.page,
        createdAt: feedback.createdAt,
        readAt: read ? (feedback.readAt ?? new Date()) : null,
      };
    });
  }

  async createPreview(user: AuthenticatedUser, regionSlug: string): Promise<PublishingPreview> {
    const token = randomBytes(24).toString('base64url');
    return this.publishing.transaction(async (tx) => {
      const region = await this.publishing.regionBySlug(regionSlug, tx);
      if (!region) throw regionNotFound(regionSlug);
      const expiresAt = await this.publishing.createPreview(tx, region.id, token, PREVIEW_MINUTES);
      await this.publishing.record(tx, user, {
        action: 'CREATE',
        entityType: 'publish_preview',
        entityId: region.id,
        regionId: region.id,
        summary: `Forhåndsvisning av den offentlige siden laget (gyldig i ${PREVIEW_MINUTES} minutter)`,
        after: { expiresAt },
      });
      return {
        path: `${PUBLIC_ROOT}/${region.slug}?forhandsvisning=${encodeURIComponent(token)}`,
        expiresAt,
      };
    });
  }

  /**
   * A message from the public form: stored, recorded in the history (sender: the public), told to the secretariat
   * members who manage the region's public site (in the app) and sent to the statement's feedback address (e-mail,
   * through the outbox) — all in one transaction.
   */
  async receiveFeedback(
    regionId: string,
    regionName: string,
    feedback: { message: string; name: string | null; page: string | null },
  ): Promise<void> {
    await this.publishing.transaction(async (tx) => {
      const id = await this.publishing.insertFeedback(tx, { regionId, ...feedback });
      await this.publishing.record(tx, PUBLIC_ACTOR, {
        action: 'CREATE',
        entityType: 'public_feedback',
        entityId: id,
        regionId,
        summary: 'Tilbakemelding mottatt fra den offentlige siden',
        after: { length: feedback.message.length, named: feedback.name !== null },
      });
      const excerpt = feedback.message.length > 300 ? `${feedback.message.slice(0, 297)}…` : feedback.message;
      const title = `Tilbakemelding fra publikum om ${regionName}`;
      await this.publishing.notify(tx, await this.publishing.publishingManagers(tx, regionId), {
        title,
        body: excerpt,
        link: '/publisering?fane=tilbakemeldinger',
      });
      const statement = await this.publishing.statement(regionId, tx);
      if (statement?.feedbackEmail) {
        await this.publishing.mail(tx, [
          {
            to: [statement.feedbackEmail],
            subject: title,
            text: [
              `Ny tilbakemelding fra den offentlige siden (${feedback.page ?? 'ukjent side'}):`,
              '',
              feedback.message,
              '',
              feedback.name ? `Navn oppgitt: ${feedback.name}` : 'Ingen navn oppgitt.',
            ].join('\n'),
            messageId: `<feedback-${id}@samarbeid>`,
          },
        ]);
      }
    });
  }
}
