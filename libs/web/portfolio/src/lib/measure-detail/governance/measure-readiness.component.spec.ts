import { afterEach, describe, expect, it } from '@jest/globals';
import { apiError, buttonNamed, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { governance, measureDetail, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureReadinessComponent } from './measure-readiness.component';

const ANCHORING_MISSING = {
  code: 'ANCHORING_NOT_RECORDED' as const,
  item: null,
  text: 'politisk forankring er ikke registrert (dato, organ og saksnummer)',
  textEn: 'political anchoring is not recorded (date, body and case reference)',
};

/** O2 as the demo has it: anchoring needed and not recorded, two checklist items, one done. */
function blocked() {
  const base = governance();
  return measureDetail({
    politicalAnchoring: 'NEEDED',
    ...base,
    readiness: {
      ...base.readiness,
      ready: false,
      blocking: [ANCHORING_MISSING],
      gates: base.readiness.gates.map((gate) =>
        gate.gate === 'ANCHORING' ? { ...gate, applies: true, problems: [ANCHORING_MISSING] } : gate,
      ),
      checklist: [
        {
          id: 'item-1',
          label: 'Risiko- og sårbarhetsvurdering er gjort',
          done: true,
          doneBy: 'Siri',
          doneAt: null,
        },
        { id: 'item-2', label: 'Kommunikasjonsplan er laget', done: false, doneBy: null, doneAt: null },
      ],
    },
  });
}

describe('MeasureReadinessComponent', () => {
  let tab: MeasureTab<MeasureReadinessComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(measure = blocked(), canEdit = true): Promise<void> {
    tab = await renderMeasureTab(MeasureReadinessComponent, { inputs: { measure, canEdit } });
    ({ controller, element } = tab);
  }

  afterEach(() => verifyAndReset(controller));

  it('lists what is missing and each gate with its state', async () => {
    await render();
    expect(element.textContent).toContain(
      'Tiltaket kan ikke bli vedtatt eller satt i gang før dette er på plass:',
    );
    expect(element.querySelector('[aria-label="Dette mangler"]')?.textContent).toContain(
      'politisk forankring er ikke registrert',
    );
    const gates = Array.from(element.querySelectorAll('.sb-gate')).map((gate) =>
      gate.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(gates[0]).toMatch(/^Politisk forankring \(F1\): mangler/);
    expect(gates[1]).toBe('Økonomisk analyse (F4): oppfylt');
    expect(gates[3]).toBe('Drøfting med tillitsvalgte: oppfylt');
  });

  it('says a measure that meets every gate is ready, with no form', async () => {
    await render(measureDetail());
    expect(element.textContent).toContain('Tiltaket oppfyller regionens krav før vedtak og oppstart.');
    expect(element.querySelector('form')).toBeNull();
  });

  it('records the anchoring with the measure version, checking the fields first', async () => {
    await render();
    const form = element.querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await tab.settle();
    expect(element.querySelector('#anchoring-errors')?.textContent).toContain('Skriv saksnummeret.');

    typeInto(element.querySelector('#anchoring-decidedOn') as HTMLInputElement, '2026-11-20');
    typeInto(element.querySelector('#anchoring-body') as HTMLInputElement, ' Kongsberg kommunestyre ');
    typeInto(element.querySelector('#anchoring-caseReference') as HTMLInputElement, 'PS 88/26');
    form.dispatchEvent(new Event('submit'));
    await tab.settle();
    const op = controller.expectOne('RecordPoliticalAnchoring');
    expect(op.operation.variables).toEqual({
      input: {
        measureId: T7_ID,
        version: 3,
        decidedOn: '2026-11-20',
        body: 'Kongsberg kommunestyre',
        caseReference: 'PS 88/26',
      },
    });
    op.graphqlErrors([apiError('CONFLICT', 'Tiltaket er endret av noen andre siden du åpnet det.')]);
    await tab.settle();
    expect(element.textContent).toContain('Tiltaket er endret av noen andre siden du åpnet det.');
    expect(buttonNamed(element, 'Last inn på nytt')).toBeTruthy();
  });

  it('ticks a checklist item for the measure; read only for those who may not edit', async () => {
    await render();
    const boxes = Array.from(
      element.querySelectorAll<HTMLInputElement>('.sb-checklist input[type="checkbox"]'),
    );
    expect(boxes.map((box) => box.checked)).toEqual([true, false]);
    expect(boxes[1].closest('label')?.textContent).toContain('Kommunikasjonsplan er laget');
    boxes[1].click();
    await tab.settle();
    const op = controller.expectOne('SetMeasureChecklistItem');
    expect(op.operation.variables).toEqual({
      input: { measureId: T7_ID, version: 3, itemId: 'item-2', done: true },
    });
    op.graphqlErrors([
      apiError('FORBIDDEN', 'Bare sekretariatet eller lederen av nettverket kan endre det.'),
    ]);
    await tab.settle();
    expect(element.textContent).toContain('Bare sekretariatet eller lederen av nettverket kan endre det.');

    verifyAndReset(controller);
    await render(blocked(), false);
    expect(
      Array.from(element.querySelectorAll<HTMLInputElement>('.sb-checklist input')).every(
        (box) => box.disabled,
      ),
    ).toBe(true);
    expect(element.querySelector('form')).toBeNull();
  });

  it('shows the overrides the secretariat made, with the reason and what was missing', async () => {
    await render(
      measureDetail({
        ...governance(),
        gateOverrides: [
          {
            id: 'o1',
            toStatus: 'DECIDED',
            reason: 'KDU vedtok saken 12. november.',
            missing: ['politisk forankring er ikke registrert (dato, organ og saksnummer)'],
            overriddenBy: 'Siri Sekretær',
            overriddenAt: '2026-11-13T09:00:00.000Z',
          },
        ],
      }),
    );
    expect(element.textContent).toContain(
      'Vedtatt 13. november 2026 av Siri Sekretær: KDU vedtok saken 12. november.',
    );
    expect(element.textContent).toContain('(manglet: politisk forankring er ikke registrert');
  });
});
