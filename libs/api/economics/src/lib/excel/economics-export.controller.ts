import { Controller, Get, Header, Param, ParseUUIDPipe, Res, UseFilters } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AllowSignedIn, AppErrorHttpFilter, badUserInput, CurrentUser } from '@samarbeid/api/platform';

import { EconomicsExcelService } from './economics-excel.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

function send(response: FileResponse, { name, file }: { name: string; file: Buffer }): void {
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.send(file);
}

/**
 * Excel downloads (bearer token as for GraphQL; everyone signed in may read economics):
 * `GET /exports/measures/:id/economics.xlsx`, `GET /exports/measures/:id/benefit-plan-template.xlsx`,
 * `GET /exports/regions/:slug/municipalities/:number/economics.xlsx`.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class EconomicsExportController {
  constructor(private readonly excel: EconomicsExcelService) {}

  @Get('measures/:id/economics.xlsx')
  @AllowSignedIn()
  @Header('Content-Type', XLSX)
  async measure(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() response: FileResponse,
  ): Promise<void> {
    send(response, await this.excel.measureWorkbook(user, id));
  }

  @Get('measures/:id/benefit-plan-template.xlsx')
  @AllowSignedIn()
  @Header('Content-Type', XLSX)
  async template(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() response: FileResponse,
  ): Promise<void> {
    send(response, await this.excel.template(user, id));
  }

  @Get('regions/:slug/municipalities/:number/economics.xlsx')
  @AllowSignedIn()
  @Header('Content-Type', XLSX)
  async municipality(
    @Param('slug') slug: string,
    @Param('number') number: string,
    @Res() response: FileResponse,
  ): Promise<void> {
    if (!/^\d{4}$/.test(number) || slug.length > 64) {
      throw badUserInput({ nb: 'Ugyldig kommunenummer.', en: 'Invalid municipality number.' });
    }
    send(response, await this.excel.municipalityWorkbook(slug, number));
  }
}
