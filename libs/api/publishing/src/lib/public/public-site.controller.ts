import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

import { All, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { clientAddressOf, Public, textProblem } from '@samarbeid/api/platform';
import type { PublicSection } from '@samarbeid/shared/domain';
import type { Request, Response } from 'express';

import { PUBLIC_TABLE_NAMES, type PublicTableName } from '../domain/public-fields';
import { FEEDBACK_PROBLEM_TEXT, feedbackProblem } from '../domain/statement';
import { PublishingCommandService } from '../publishing-command.service';
import type { RegionRow } from '../publishing.repository';
import { NLOD, siteJson, siteWorkbook, tableCsv } from './open-data';
import { type PublicSite, PublicSiteService } from './public-site.service';
import { PublicReportSource } from './public-sources';
import { PUBLIC_PAGE_CSP } from './render/html';
import {
  base,
  decisionsPage,
  measurePage,
  measuresPage,
  municipalitiesPage,
  municipalityPage,
  notFoundPage,
  openDataPage,
  overviewPage,
  PUBLIC_ROOT,
  reportsPage,
  statementPage,
} from './render/pages';

/** Feedback form: at most this many messages per client address in the window. */
export const FEEDBACK_LIMIT = { messages: 5, windowMs: 10 * 60_000 } as const;

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const HTML = 'text/html; charset=utf-8';
/**
 * Cacheable by anyone, but asked again every time (a 304 when unchanged): a section the secretariat takes down must
 * be gone at once, not after a minute in readers' caches.
 */
const PUBLIC_CACHE = 'public, no-cache';
const PREVIEW_CACHE = 'private, no-store';

interface Resolved {
  readonly region: RegionRow;
  readonly site: PublicSite;
  readonly token: string | null;
}

const param = (req: Request, name: string): string => {
  const value = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
};

/**
 * `/offentlig/<region>/…`: the public steering site (decisions/0017). Open to anyone (`@Public()`), read-only but for
 * the feedback form, and it can only show published sections: every page asks PublicSiteService, which reads only
 * those. Server-rendered HTML without script; ETag and Cache-Control on every answer; an unknown region, an
 * unpublished section or an unknown item is 404. Requests count against the per-address rate limit like every
 * request; the feedback form has a stricter one of its own.
 */
@Controller(PUBLIC_ROOT.slice(1))
@Public()
export class PublicSiteController {
  /**
   * Rendered pages, their ETags and their compressed forms (made once, when first asked for), kept as long as the
   * cached site they were drawn from (15 s): 200 readers of the overview cost one rendering and one compression,
   * not 200.
   */
  private readonly rendered = new WeakMap<PublicSite, Map<string, RenderedPage>>();

  constructor(
    private readonly sites: PublicSiteService,
    private readonly commands: PublishingCommandService,
    private readonly reports: PublicReportSource,
    @InjectThrottlerStorage() private readonly counters: ThrottlerStorage,
  ) {}

  @Get(':region')
  async overview(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found || found.site.sections.length === 0) return this.notFound(res, found);
    this.sendHtml(req, res, found, 'overview', () => overviewPage(found.site, found.token));
  }

  @Get(':region/tiltak')
  async measures(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'PORTFOLIO');
    if (!found) return this.notFound(res, null);
    this.sendHtml(req, res, found, 'measures', () => measuresPage(found.site, found.token));
  }

  @Get(':region/tiltak/:code')
  async measure(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'PORTFOLIO');
    const code = param(req, 'code');
    const measure = found?.site.tables.measures?.find((m) => m.code === code);
    if (!found || !measure) return this.notFound(res, found);
    this.sendHtml(req, res, found, `measure:${code}`, () => measurePage(found.site, measure, found.token));
  }

  @Get(':region/vedtak')
  async decisions(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'DECISIONS');
    if (!found) return this.notFound(res, null);
    this.sendHtml(req, res, found, 'decisions', () => decisionsPage(found.site, found.token));
  }

  @Get(':region/kommuner')
  async municipalities(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'PARTICIPATION');
    if (!found) return this.notFound(res, null);
    this.sendHtml(req, res, found, 'municipalities', () => municipalitiesPage(found.site, found.token));
  }

  @Get(':region/kommune/:number')
  async municipality(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'PARTICIPATION');
    const number = param(req, 'number');
    if (!found || !found.site.members.some((m) => m.number === number)) return this.notFound(res, found);
    this.sendHtml(req, res, found, `municipality:${number}`, () =>
      municipalityPage(found.site, number, found.token),
    );
  }

  @Get(':region/rapporter')
  async reportList(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'REPORTS');
    if (!found) return this.notFound(res, null);
    this.send(req, res, found, reportsPage(found.site, found.token));
  }

  @Get(':region/rapporter/:file')
  async reportFile(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req, 'REPORTS');
    const match = /^([0-9a-f-]{36})\.(pdf|docx)$/.exec(param(req, 'file'));
    const listed = match ? found?.site.tables.reports?.some((r) => r.id === match[1]) : false;
    const file =
      found && match && listed ? await this.reports.file(match[1], match[2] as 'pdf' | 'docx') : null;
    if (!found || !file) return this.notFound(res, found);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    this.send(req, res, found, file.body, file.contentType);
  }

  @Get(':region/apne-data')
  async openData(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found || found.site.sections.length === 0) return this.notFound(res, found);
    const body = openDataPage(found.site, found.token);
    res.setHeader('Link', `<${NLOD.url}>; rel="license"`);
    this.send(req, res, found, body);
  }

  @Get(':region/data/:file')
  async dataFile(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found || found.site.sections.length === 0) return this.notFound(res, found);
    const file = param(req, 'file');
    const source = `${PUBLIC_ROOT}/${found.site.region.slug}/apne-data`;
    res.setHeader('Link', `<${NLOD.url}>; rel="license"`);
    if (file === 'styringsdata.json') {
      this.send(req, res, found, siteJson(found.site, source), 'application/json; charset=utf-8');
      return;
    }
    if (file === 'styringsdata.xlsx') {
      const etagSource = siteJson(found.site, source);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="styringsdata-${found.site.region.slug}.xlsx"`,
      );
      this.send(
        req,
        res,
        found,
        await siteWorkbook(found.site, source),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `xlsx:${etagSource}`,
      );
      return;
    }
    const table = /^([a-zA-Z]+)\.csv$/.exec(file)?.[1] as PublicTableName | undefined;
    if (!table || !PUBLIC_TABLE_NAMES.includes(table) || !found.site.tables[table]) {
      return this.notFound(res, found);
    }
    res.setHeader('Content-Disposition', `attachment; filename="${table}-${found.site.region.slug}.csv"`);
    this.send(req, res, found, tableCsv(found.site, table), 'text/csv; charset=utf-8; header=present');
  }

  /** The statement: for every known region, published sections or not (every public solution has one). */
  @Get(':region/tilgjengelighet')
  async statement(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found) return this.notFound(res, null);
    const query = req.query as Record<string, unknown>;
    this.send(req, res, found, statementPage(found.site, found.token, { sent: query['sendt'] === '1' }));
  }

  /** The statement as JSON, for the app's own statement page (which may be opened without signing in). */
  @Get(':region/tilgjengelighet.json')
  async statementJson(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found) return this.notFound(res, null);
    const body = JSON.stringify({
      region: found.site.region,
      statement: found.site.statement,
      publicPath: `${PUBLIC_ROOT}/${found.site.region.slug}/tilgjengelighet`,
    });
    this.send(req, res, found, body, 'application/json; charset=utf-8');
  }

  @Post(':region/tilbakemelding')
  async feedback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(req);
    if (!found) return this.notFound(res, null);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >;
    const message = typeof body['melding'] === 'string' ? body['melding'].replace(/\r\n/g, '\n') : '';
    const name = typeof body['navn'] === 'string' ? body['navn'].trim() : '';
    const rejected = (status: number, error: string): void => {
      res.setHeader('Cache-Control', PREVIEW_CACHE);
      this.send(
        req,
        res,
        found,
        statementPage(found.site, found.token, { error, message, name }),
        HTML,
        null,
        status,
      );
    };
    const problem = feedbackProblem(message, name);
    if (problem) return rejected(400, FEEDBACK_PROBLEM_TEXT[problem]);
    if (textProblem(message) || textProblem(name))
      return rejected(400, FEEDBACK_PROBLEM_TEXT.CONTROL_CHARACTERS);
    const key = createHash('sha256')
      .update(`public-feedback\n${clientAddressOf(req)}`)
      .digest('hex');
    const count = await this.counters.increment(
      key,
      FEEDBACK_LIMIT.windowMs,
      FEEDBACK_LIMIT.messages,
      FEEDBACK_LIMIT.windowMs,
      'public-feedback',
    );
    if (count.isBlocked) {
      res.setHeader('Retry-After', String(count.timeToBlockExpire));
      return rejected(
        429,
        `Du har sendt mange meldinger på kort tid. Prøv igjen om ${Math.max(1, Math.ceil(count.timeToBlockExpire / 60))} minutter.`,
      );
    }
    await this.commands.receiveFeedback(found.region.id, found.region.name, {
      message: message.trim(),
      name: name === '' ? null : name,
      page: `${PUBLIC_ROOT}/${found.region.slug}/tilgjengelighet`,
    });
    const back = `${base(found.site)}/tilgjengelighet?sendt=1${found.token ? `&forhandsvisning=${encodeURIComponent(found.token)}` : ''}#tilbakemelding`;
    res.setHeader('Cache-Control', PREVIEW_CACHE);
    res.redirect(303, back);
  }

  /** Anything else under the public root is not a page. */
  @All('*path')
  unknown(@Res() res: Response): void {
    this.notFound(res, null);
  }

  /**
   * The region and the site as the caller may see it: the published sections, or every available one with a valid
   * preview token. Null when the region is unknown, or when `section` is given and not shown.
   */
  private async resolve(req: Request, section: PublicSection | null = null): Promise<Resolved | null> {
    const slug = param(req, 'region');
    if (!SLUG.test(slug)) return null;
    const published = await this.sites.published(slug);
    if (!published) return null;
    const query = req.query as Record<string, unknown>;
    const token = typeof query['forhandsvisning'] === 'string' ? query['forhandsvisning'] : null;
    const preview =
      token !== null && token.length <= 64 && (await this.sites.previewValid(published.region, token));
    const sections = preview ? PublicSiteService.previewSections() : published.sections;
    if (section !== null && !sections.includes(section)) return null;
    const site = await this.sites.site(published.region, sections, preview);
    return { region: published.region, site, token: preview ? token : null };
  }

  /** A page drawn once per cached site (and preview token), then sent with its ETag as any body. */
  private sendHtml(req: Request, res: Response, found: Resolved, key: string, render: () => string): void {
    let pages = this.rendered.get(found.site);
    if (!pages) {
      pages = new Map();
      this.rendered.set(found.site, pages);
    }
    const cacheKey = `${key}|${found.token ?? ''}`;
    let page = pages.get(cacheKey);
    if (!page) {
      const body = render();
      page = { body, etag: etagOf(body) };
      pages.set(cacheKey, page);
    }
    this.send(req, res, found, encodedFor(req, res, page), HTML, null, 200, page.etag);
  }

  private notFound(res: Response, found: Resolved | null): void {
    res.setHeader('Content-Type', HTML);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
    res.status(404).send(notFoundPage(found?.site.region.name ?? null));
  }

  /**
   * Sends a body with its validators: ETag from the content (or from `etagOf`, for files that differ byte for byte
   * on every build), Cache-Control public for a minute (a preview: private, never stored); 304 when the client
   * has it.
   */
  private send(
    req: Request,
    res: Response,
    found: Resolved,
    body: string | Buffer,
    type = HTML,
    etagSource: string | null = null,
    status = 200,
    knownEtag: string | null = null,
  ): void {
    const etag = knownEtag ?? etagOf(etagSource ?? body);
    res.setHeader('Content-Type', type);
    if (!res.getHeader('Cache-Control')) {
      res.setHeader('Cache-Control', found.site.preview ? PREVIEW_CACHE : PUBLIC_CACHE);
    }
    res.setHeader('Vary', 'Accept-Encoding');
    if (type === HTML) res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
    if (status === 200) {
      res.setHeader('ETag', etag);
      const match = req.headers['if-none-match'];
      if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        res.status(304).end();
        return;
      }
    }
    res.status(status).send(body);
  }
}

interface RenderedPage {
  readonly body: string;
  readonly etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The page in the best encoding the reader accepts (brotli, then gzip), compressed on first use and kept with the
 * page; `Content-Encoding` set here makes the response-compression middleware leave the body alone.
 */
function encodedFor(req: Request, res: Response, page: RenderedPage): string | Buffer {
  // Asked one at a time: offered together, the reader's order would decide, and browsers list gzip before br.
  if (req.acceptsEncodings('br') === 'br') {
    page.br ??= brotliCompressSync(page.body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
    });
    res.setHeader('Content-Encoding', 'br');
    return page.br;
  }
  if (req.acceptsEncodings('gzip') === 'gzip') {
    page.gzip ??= gzipSync(page.body, { level: 9 });
    res.setHeader('Content-Encoding', 'gzip');
    return page.gzip;
  }
  return page.body;
}

/** A strong validator from the content: 32 characters of its SHA-256. */
function etagOf(content: string | Buffer): string {
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 32)}"`;
}
