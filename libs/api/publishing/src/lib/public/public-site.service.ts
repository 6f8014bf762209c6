import { Injectable } from '@nestjs/common';
import { PUBLIC_SECTIONS, type PublicSection, UNAVAILABLE_PUBLIC_SECTIONS } from '@samarbeid/shared/domain';

import {
  project,
  PUBLIC_TABLE_NAMES,
  type PublicTableName,
  type PublicTableRows,
} from '../domain/public-fields';
import { DEFAULT_STATEMENT, type Statement } from '../domain/statement';
import { PublishingRepository, type RegionRow } from '../publishing.repository';
import { type MemberRow, PublicReadRepository } from './public-read.repository';
import { PublicEconomicsSource } from './public-sources';

/** Everything a public page or file of a region may show: only the published sections' tables are filled. */
export interface PublicSite {
  readonly region: { readonly slug: string; readonly name: string };
  /** The sections shown: the published ones, or, in a preview, every available one. */
  readonly sections: readonly PublicSection[];
  readonly preview: boolean;
  readonly members: readonly MemberRow[];
  readonly tables: Partial<PublicTableRows>;
  readonly statement: Statement;
  /** When the data was read (ISO). */
  readonly readAt: string;
}

/** How long a region's public data is kept in memory: a burst of readers costs one read. */
export const PUBLIC_CACHE_MS = 15_000;

/**
 * The public read path: the only code that reads data for the public site, and it can only hand out published
 * sections, each table through its projection (domain/public-fields.ts). Reads are cached per region and set of
 * sections for a few seconds (a change of the switches is seen at once: the set is part of the key).
 */
@Injectable()
export class PublicSiteService {
  private readonly cache = new Map<string, { expires: number; site: Promise<PublicSite> }>();

  constructor(
    private readonly publishing: PublishingRepository,
    private readonly reads: PublicReadRepository,
    private readonly economics: PublicEconomicsSource,
  ) {}

  /** The region and its published sections; null for an unknown region. */
  async published(slug: string): Promise<{ region: RegionRow; sections: PublicSection[] } | null> {
    const found = await this.publishing.regionWithPublished(slug);
    if (!found) return null;
    const { region, sections: published } = found;
    const sections = PUBLIC_SECTIONS.filter(
      (section) => published.includes(section) && !UNAVAILABLE_PUBLIC_SECTIONS.includes(section),
    );
    return { region, sections };
  }

  /** Whether a preview token opens the region's unpublished sections. */
  previewValid(region: RegionRow, token: string): Promise<boolean> {
    return this.publishing.previewValid(region.id, token);
  }

  /** The site with these sections (the caller decides them: published, or all in a preview). */
  site(region: RegionRow, sections: readonly PublicSection[], preview: boolean): Promise<PublicSite> {
    const key = `${region.id}|${sections.join(',')}|${preview}`;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.expires > now) return cached.site;
    const site = this.load(region, sections, preview);
    if (!preview) {
      this.cache.set(key, { expires: now + PUBLIC_CACHE_MS, site });
      site.catch(() => this.cache.delete(key));
      if (this.cache.size > 500) this.prune(now);
    }
    return site;
  }

  /** Every available section, as a preview shows them. */
  static previewSections(): PublicSection[] {
    return PUBLIC_SECTIONS.filter((section) => !UNAVAILABLE_PUBLIC_SECTIONS.includes(section));
  }

  private prune(now: number): void {
    for (const [key, entry] of this.cache) if (entry.expires <= now) this.cache.delete(key);
  }

  private async load(
    region: RegionRow,
    sections: readonly PublicSection[],
    preview: boolean,
  ): Promise<PublicSite> {
    const on = (section: PublicSection) => sections.includes(section);
    const [members, statement] = await Promise.all([
      this.reads.members(region.id),
      this.publishing.statement(region.id),
    ]);
    const raw: Partial<Record<PublicTableName, Promise<object[]>>> = {};
    if (on('PORTFOLIO')) raw.measures = this.reads.measures(region.id);
    if (on('DECISIONS')) raw.decisions = this.reads.decisions(region.id);
    if (on('PARTICIPATION')) {
      raw.participation = this.reads.participation(region.id);
      raw.costShares = this.costShares(region.slug, members);
    }
    if (on('SAVINGS')) raw.savings = this.economics.savings(region.slug);
    if (on('FOCUS')) raw.focusItems = this.reads.focusItems(region.id, members);
    if (on('INDICATORS')) raw.indicators = this.reads.indicators(region.id);
    if (on('REPORTS')) raw.reports = this.reads.reports(region.id);
    const tables: Partial<Record<PublicTableName, readonly object[]>> = {};
    for (const name of PUBLIC_TABLE_NAMES) {
      const rows = raw[name];
      if (rows) tables[name] = (await rows).map((row) => project(name, row));
    }
    return {
      region: { slug: region.slug, name: region.name },
      sections,
      preview,
      members,
      tables: tables as Partial<PublicTableRows>,
      statement: statement ?? DEFAULT_STATEMENT,
      readAt: new Date().toISOString(),
    };
  }

  /**
   * Every member's cost shares, from the economics feature (its allocation): one call per member municipality,
   * each a fixed number of statements — bounded by the region's size, not by its measures.
   */
  private async costShares(slug: string, members: readonly MemberRow[]): Promise<object[]> {
    const perMember = await Promise.all(
      members.map(async (member) =>
        (await this.economics.municipalityShares(slug, member.number)).flatMap((measure) =>
          measure.pays.map((pay) => ({
            municipalityNumber: member.number,
            municipalityName: member.name,
            measureCode: measure.measureCode,
            year: pay.year,
            amount: pay.amount,
          })),
        ),
      ),
    );
    return perMember.flat();
  }

  /** The statement of a known region (public even when no section is: every public web solution has one). */
  async statement(region: RegionRow): Promise<Statement> {
    return (await this.publishing.statement(region.id)) ?? DEFAULT_STATEMENT;
  }
}
