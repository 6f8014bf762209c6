import { Injectable } from '@nestjs/common';
import { decodeOffsetCursor, type Page, toOffsetPage } from '@samarbeid/api/platform';
import { PUBLIC_SECTIONS, UNAVAILABLE_PUBLIC_SECTIONS } from '@samarbeid/shared/domain';

import { DEFAULT_STATEMENT } from './domain/statement';
import type { PublicFeedback, Publishing } from './dto/publishing.types';
import { regionNotFound } from './publishing.errors';
import { PublishingRepository, type RegionRow } from './publishing.repository';
import { PUBLIC_ROOT } from './public/render/pages';

/** Reads for the secretariat's publishing page. */
@Injectable()
export class PublishingQueryService {
  constructor(private readonly publishing: PublishingRepository) {}

  async region(slug: string): Promise<RegionRow> {
    const region = await this.publishing.regionBySlug(slug);
    if (!region) throw regionNotFound(slug);
    return region;
  }

  async settings(slug: string): Promise<Publishing> {
    const region = await this.region(slug);
    const [rows, statement, feedback] = await Promise.all([
      this.publishing.settings(region.id),
      this.publishing.statement(region.id),
      this.publishing.feedback(region.id, { first: 0, offset: 0 }),
    ]);
    const bySection = new Map(rows.map((row) => [row.section, row]));
    return {
      regionSlug: region.slug,
      regionName: region.name,
      publicPath: `${PUBLIC_ROOT}/${region.slug}`,
      sections: PUBLIC_SECTIONS.map((section) => {
        const row = bySection.get(section);
        const available = !UNAVAILABLE_PUBLIC_SECTIONS.includes(section);
        return {
          section,
          published: available && (row?.published ?? false),
          available,
          changedAt: row?.changedAt ?? null,
          changedByName: row?.changedByName ?? null,
        };
      }),
      statement: statement ?? DEFAULT_STATEMENT,
      unreadFeedback: feedback.unread,
    };
  }

  async feedback(
    slug: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<PublicFeedback>> {
    const offset = decodeOffsetCursor(after);
    const region = await this.region(slug);
    const { rows, total } = await this.publishing.feedback(region.id, { first: first + 1, offset });
    return toOffsetPage(rows, first, offset, total);
  }
}
