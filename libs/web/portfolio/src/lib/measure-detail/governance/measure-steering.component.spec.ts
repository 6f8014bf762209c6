import { afterEach, describe, expect, it } from '@jest/globals';
import { buttonNamed, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { measureDetail, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureSteeringComponent } from './measure-steering.component';

describe('MeasureSteeringComponent', () => {
  let tab: MeasureTab<MeasureSteeringComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(canEdit: boolean): Promise<void> {
    tab = await renderMeasureTab(MeasureSteeringComponent, {
      inputs: { canEdit, members: [{ id: 'member-1', personName: 'Tor Teknisk' }] },
    });
    ({ controller, element } = tab);
  }

  afterEach(() => verifyAndReset(controller));

  it('shows the document as a description list to a reader, with nothing to change', async () => {
    await render(false);
    const terms = Array.from(element.querySelectorAll('dt')).map((dt) => dt.textContent?.trim());
    expect(terms.slice(0, 4)).toEqual(['Nåsituasjon', 'Årsaker', 'Ønsket situasjon', 'Mandat']);
    expect(element.textContent).toContain('Ja, 15. september 2026: Tillitsvalgte støtter tjenestekjøpet.');
    expect(element.querySelector('button')).toBeNull();
  });

  it('lets an editor change it and saves the whole document with the measure version', async () => {
    await render(true);
    buttonNamed(element, 'Rediger styringsdokumentet').click();
    await tab.settle();
    expect(document.activeElement?.id).toBe('steering-currentSituation');
    typeInto(element.querySelector('#steering-mandate') as HTMLTextAreaElement, 'Nytt mandat');
    typeInto(element.querySelector('#steering-responsibleMemberId') as HTMLSelectElement, 'member-1');
    (element.querySelector('#steering-politicalDecisionNeeded-yes') as HTMLInputElement).click();
    await tab.settle();
    typeInto(element.querySelector('#steering-politicalDecisionCase') as HTMLInputElement, 'PS 12/26');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await tab.settle();
    const op = controller.expectOne('SaveMeasureSteering');
    expect(op.operation.variables['input']).toMatchObject({
      measureId: T7_ID,
      version: 3,
      mandate: 'Nytt mandat',
      responsibleMemberId: 'member-1',
      politicalDecisionNeeded: true,
      politicalDecisionCase: 'PS 12/26',
      unionConsultationNeeded: true,
      unionConsultationDate: '2026-09-15',
    });
    const saved = measureDetail({ version: 4 });
    const {
      id,
      version,
      politicalAnchoring,
      history,
      readiness,
      steering,
      cooperatingNetworks,
      gateOverrides,
    } = saved;
    op.flushData({
      saveMeasureSteering: {
        __typename: 'Measure',
        ...{ id, version, politicalAnchoring, history, readiness, cooperatingNetworks, gateOverrides },
        steering: { ...steering, mandate: 'Nytt mandat' },
      },
    });
    await tab.settle();
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('Styringsdokumentet er lagret.');
  });
});
