import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from '@jest/globals';
import { ImportBenefitPlanGQL } from '@samarbeid/web/graphql';
import { of } from 'rxjs';

import { BenefitImportComponent } from './benefit-import.component';

/** jsdom has no fetch `Response` to make one of: a response with a status and an empty body. */
class StatusResponse implements Response {
  readonly body = null;
  readonly bodyUsed = false;
  readonly headers = new Headers();
  readonly redirected = false;
  readonly statusText = '';
  readonly type: ResponseType = 'default';
  readonly url = '';

  constructor(readonly status: number) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  clone(): Response {
    return new StatusResponse(this.status);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new ArrayBuffer(0));
  }

  blob(): Promise<Blob> {
    return Promise.resolve(new Blob());
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.resolve(new Uint8Array(0));
  }

  formData(): Promise<FormData> {
    return Promise.resolve(new FormData());
  }

  json(): Promise<unknown> {
    return Promise.resolve(null);
  }

  text(): Promise<string> {
    return Promise.resolve('');
  }
}

async function render(result: unknown, sent: unknown[] = []) {
  TestBed.configureTestingModule({
    providers: [
      {
        provide: ImportBenefitPlanGQL,
        useValue: {
          mutate: (options: unknown) => {
            sent.push(options);
            return of(result);
          },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(BenefitImportComponent);
  fixture.componentRef.setInput('measureId', 'm-1');
  fixture.componentRef.setInput('measureCode', 'T5');
  fixture.componentRef.setInput('canEdit', true);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('#benefit-import-file') as HTMLInputElement;
  const file = new File([new Uint8Array([80, 75, 3, 4])], 'plan.xlsx');
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
  fixture.detectChanges();
  element.querySelector('form')?.dispatchEvent(new Event('submit'));
  // Reading the file is asynchronous (FileReader); wait until the component shows the outcome, however long that takes.
  const outcome = () => element.querySelector('[role="status"], .ds-alert[role="alert"]');
  for (let waited = 0; !outcome() && waited < 5000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
    fixture.detectChanges();
  }
  return element;
}

describe('BenefitImportComponent', () => {
  it('sends the file as base64 and says what was imported', async () => {
    const sent: unknown[] = [];
    const element = await render(
      { data: { importBenefitPlan: { created: 1, updated: 2, plannedValues: 7 } } },
      sent,
    );
    expect(sent).toEqual([{ variables: { input: { measureId: 'm-1', fileBase64: 'UEsDBA==' } } }]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Importert: 1 nye og 2 oppdaterte gevinster, 7 planlagte verdier.',
    );
  });

  it('lists every bad cell the API reports, and says nothing was saved', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Filen har 2 feil. Ingenting er lagret.',
          extensions: {
            code: 'BAD_USER_INPUT',
            rowErrors: [
              { row: 3, column: 'År', reason: '2035 er utenfor perioden.', reasonEn: '2035 is outside.' },
              { row: 4, column: 'Planlagt verdi', reason: 'Ikke et tall.' },
            ],
          },
        },
      ],
    });
    const element = await render({ error });
    expect(element.querySelector('.ds-alert[role="alert"]')?.textContent).toContain('Ingenting er lagret.');
    const rows = Array.from(element.querySelectorAll('[data-testid="benefit-import-errors"] tbody tr')).map(
      (tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'År', '2035 er utenfor perioden.'],
      ['4', 'Planlagt verdi', 'Ikke et tall.'],
    ]);
  });

  it("shows the API's sentence when the request was too large for it (HTTP 413 with a GraphQL body)", async () => {
    const message = 'Filen er større enn 2 MB, som er det største som kan lastes opp. Ingenting er lagret.';
    const error = new ServerError('Response not successful: Received status code 413', {
      response: new StatusResponse(413),
      bodyText: JSON.stringify({
        errors: [
          { message, extensions: { code: 'BAD_USER_INPUT', messageEn: 'The file is larger than 2 MB.' } },
        ],
      }),
    });
    const element = await render({ error });
    expect(element.querySelector('.ds-alert[role="alert"]')?.textContent).toContain(message);
  });
});
