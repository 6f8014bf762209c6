import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ComponentFixture } from '@angular/core/testing';
import { apiError, measureId, submitForm, textAt, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { measureDetail, T2_ID, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureDependenciesComponent } from './measure-dependencies.component';

const T5_ID = measureId(5);
const T5 = {
  __typename: 'Measure',
  id: T5_ID,
  code: 'T5',
  title: 'Eiendomsskatt',
  status: 'IN_PROGRESS',
} as const;
/** T7 after a dependency was added or removed. */
const T7_CHANGED = { __typename: 'Measure', id: T7_ID, version: 4, dependencies: [], history: [] } as const;

describe('MeasureDependenciesComponent', () => {
  let tab: MeasureTab<MeasureDependenciesComponent>;
  let fixture: ComponentFixture<MeasureDependenciesComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    tab = await renderMeasureTab(MeasureDependenciesComponent, { inputs: { canEdit: true } });
    ({ fixture, controller, element } = tab);
  });

  afterEach(() => verifyAndReset(controller));

  const settle = () => tab.settle(3);

  async function add(code: string): Promise<void> {
    typeInto(element.querySelector('#dependency-code') as HTMLInputElement, code);
    submitForm(element);
    await settle();
  }

  it('links what the measure depends on and what needs it', async () => {
    fixture.componentRef.setInput(
      'measure',
      measureDetail({
        dependents: [{ __typename: 'MeasureDependency', kind: 'START', measure: T5 }] as never,
      }),
    );
    await fixture.whenStable();
    const [dependsOn, neededBy] = Array.from(element.querySelectorAll('section'));
    expect(dependsOn.querySelector('a')?.getAttribute('href')).toBe('/tiltak/T2');
    expect(textAt(dependsOn, 'li')).toBe(
      'T2 Tjenestekjøp som strategisk og operativt grep (må være fullført først; vedtatt) Fjern T2',
    );
    expect(textAt(neededBy, 'li')).toBe('T5 Eiendomsskatt (trenger at T7 er startet først; pågår)');
  });

  it('adds a dependency by code: finds the measure, then links it', async () => {
    await add(' t5 ');
    const lookup = controller.expectOne('MeasureByCode');
    expect(lookup.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', code: 'T5' });
    lookup.flushData({ measure: T5 });
    await settle();
    const op = controller.expectOne('AddMeasureDependency');
    expect(op.operation.variables).toEqual({
      input: { measureId: T7_ID, dependsOnId: T5_ID, kind: 'FINISH' },
    });
    op.flushData({ addMeasureDependency: T7_CHANGED });
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('T7 avhenger nå av T5.');
  });

  it("shows the server's sentence when the dependency would make a cycle", async () => {
    await add('T8');
    controller.expectOne('MeasureByCode').flushData({
      measure: { __typename: 'Measure', id: 'id-T8', code: 'T8', title: 'Geodata', status: 'PROPOSED' },
    });
    await settle();
    controller.expectOne('AddMeasureDependency').graphqlErrors([
      apiError('BAD_USER_INPUT', 'Avhengigheten ville gitt en sirkel: T7 → T8 → T7.', {
        messageEn: 'The dependency would make a cycle: T7 → T8 → T7.',
      }),
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Avhengigheten ville gitt en sirkel: T7 → T8 → T7.',
    );
  });

  it('checks the code before asking the server', async () => {
    const error = () => element.querySelector('#dependency-code-error')?.textContent?.trim();
    await add('');
    expect(error()).toBe('Skriv koden til et tiltak, for eksempel T2.');
    await add('T7');
    expect(error()).toBe('Et tiltak kan ikke avhenge av seg selv.');
    await add('T2');
    expect(error()).toBe('Tiltaket avhenger allerede av T2.');
    await add('7T');
    expect(error()).toBe('En kode er 1–4 bokstaver og 1–3 sifre, for eksempel T2 eller HO1.');
    expect((element.querySelector('#dependency-code') as HTMLElement).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await add('T99');
    controller
      .expectOne('MeasureByCode')
      .graphqlErrors([apiError('NOT_FOUND', 'Fant ikke tiltaket. Det kan være slettet.')]);
    await settle();
    expect(error()).toBe('Regionen har ikke noe tiltak med koden T99.');
    controller.expectNone('AddMeasureDependency');
  });

  it('removes a dependency', async () => {
    (element.querySelector('section button') as HTMLButtonElement).click();
    await settle();
    const op = controller.expectOne('RemoveMeasureDependency');
    expect(op.operation.variables).toEqual({ measureId: T7_ID, dependsOnId: T2_ID });
    op.flushData({ removeMeasureDependency: T7_CHANGED });
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'T7 avhenger ikke lenger av T2.',
    );
  });

  it('has no controls for those who may not change the measure', async () => {
    fixture.componentRef.setInput('canEdit', false);
    await fixture.whenStable();
    expect(element.querySelector('button')).toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });
});
