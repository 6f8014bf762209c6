import { Controller, Get, Param, ParseUUIDPipe, Res, UseFilters } from '@nestjs/common';
import { AllowSignedIn, AppErrorHttpFilter } from '@samarbeid/api/platform';

import { CompileService } from '../compile/compile.service';
import { frozenNotFound } from '../reporting.errors';
import { reportDocx } from './report-docx';
import { reportOutline } from './report-outline';
import { reportPdf } from './report-pdf';

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * `GET /exports/reports/:id.docx` and `…/:id.pdf`: a frozen version of a region's report as Word and as PDF, drawn
 * from the data frozen with it. Bearer token as for GraphQL; everyone signed in may read the region's reports.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ReportExportController {
  constructor(private readonly compile: CompileService) {}

  @Get('reports/:id.docx')
  @AllowSignedIn()
  async docx(@Param('id', new ParseUUIDPipe()) id: string, @Res() response: FileResponse): Promise<void> {
    const { outline, name } = await this.outline(id);
    response.setHeader('Content-Type', DOCX);
    response.setHeader('Content-Disposition', `attachment; filename="${name}.docx"`);
    response.send(await reportDocx(outline));
  }

  @Get('reports/:id.pdf')
  @AllowSignedIn()
  async pdf(@Param('id', new ParseUUIDPipe()) id: string, @Res() response: FileResponse): Promise<void> {
    const { outline, name } = await this.outline(id);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${name}.pdf"`);
    response.send(await reportPdf(outline));
  }

  private async outline(id: string) {
    const frozen = await this.compile.frozenData(id);
    if (!frozen) throw frozenNotFound();
    const outline = reportOutline(frozen.data, frozen);
    const slug = frozen.data.period.name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return { outline, name: `rapport-${slug || 'periode'}-v${frozen.number}` };
  }
}
