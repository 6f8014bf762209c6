import { afterEach, describe, expect, it } from '@jest/globals';
import { KDU_NETWORK_ID, TEKNISK_NETWORK_ID, typeInto, verifyAndReset } from '@samarbeid/web/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { governance, measureDetail, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureCooperatingNetworksComponent } from './measure-cooperating-networks.component';

const HELSE = 'helse-og-omsorg';
const OPPVEKST = 'oppvekst';

function options() {
  const node = (id: string, name: string, closedOn: string | null = null) => ({
    __typename: 'Network',
    id,
    name,
    closedOn,
  });
  return {
    networks: {
      __typename: 'NetworkConnection',
      nodes: [
        node(KDU_NETWORK_ID, 'Kommunedirektørutvalget'),
        node(TEKNISK_NETWORK_ID, 'Teknisk nettverk'),
        node(HELSE, 'Helse og omsorg'),
        node(OPPVEKST, 'Oppvekst'),
        node('gammel', 'Nedlagt gruppe', '2025-01-01'),
      ],
    },
  };
}

/** T7 as it is saved with `ids` co-operating. */
function savedWith(ids: readonly { id: string; name: string }[], version: number) {
  const { steering, readiness, gateOverrides } = governance();
  const measure = measureDetail({ version });
  return {
    saveMeasureSteering: {
      __typename: 'Measure',
      id: measure.id,
      version,
      politicalAnchoring: measure.politicalAnchoring,
      history: measure.history,
      readiness,
      gateOverrides,
      steering: { ...steering, cooperatingNetworkIds: ids.map((network) => network.id) },
      cooperatingNetworks: ids.map((network) => ({ __typename: 'Network', ...network })),
    },
  };
}

describe('MeasureCooperatingNetworksComponent', () => {
  let tab: MeasureTab<MeasureCooperatingNetworksComponent>;

  async function render(cooperating: readonly { id: string; name: string }[] = []): Promise<HTMLElement> {
    const measure = measureDetail();
    tab = await renderMeasureTab(MeasureCooperatingNetworksComponent, {
      inputs: {
        ownerId: TEKNISK_NETWORK_ID,
        measure: {
          ...measure,
          steering: { ...measure.steering, cooperatingNetworkIds: cooperating.map((network) => network.id) },
          cooperatingNetworks: cooperating.map((network) => ({ __typename: 'Network', ...network })),
        },
      },
    });
    tab.controller.expectOne('CooperatingNetworkOptions').flushData(options());
    await tab.settle(2);
    return tab.element;
  }

  afterEach(() => verifyAndReset(tab?.controller));

  it('offers the open networks other than the owner and those already co-operating, and adds one', async () => {
    const element = await render([{ id: HELSE, name: 'Helse og omsorg' }]);
    expect(element.querySelector('ul')?.textContent).toContain('Helse og omsorg');
    const select = element.querySelector('#cooperating-networkId') as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.textContent?.trim())).toEqual([
      'Velg nettverk …',
      'Kommunedirektørutvalget',
      'Oppvekst',
    ]);
    typeInto(select, OPPVEKST);
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await tab.settle();
    const op = tab.controller.expectOne('SaveMeasureSteering');
    expect(op.operation.variables).toEqual({
      input: { measureId: T7_ID, version: 3, cooperatingNetworkIds: [HELSE, OPPVEKST] },
    });
    op.flushData(
      savedWith(
        [
          { id: HELSE, name: 'Helse og omsorg' },
          { id: OPPVEKST, name: 'Oppvekst' },
        ],
        4,
      ),
    );
    await tab.settle(2);
    expect(element.textContent).toContain('Nettverket er lagt til.');
  });

  it('removes a co-operating network', async () => {
    const element = await render([{ id: HELSE, name: 'Helse og omsorg' }]);
    const remove = element.querySelector(`#cooperating-remove-${HELSE}`) as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Fjern Helse og omsorg');
    remove.click();
    await tab.settle();
    const op = tab.controller.expectOne('SaveMeasureSteering');
    expect(op.operation.variables).toEqual({
      input: { measureId: T7_ID, version: 3, cooperatingNetworkIds: [] },
    });
    op.flushData(savedWith([], 4));
    await tab.settle(2);
    expect(element.textContent).toContain('Nettverket er fjernet.');
  });
});
