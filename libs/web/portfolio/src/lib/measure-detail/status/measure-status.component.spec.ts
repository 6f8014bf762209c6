import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ComponentFixture } from '@angular/core/testing';
import { apiError, buttonNamed, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { type MeasureTab, renderMeasureTab } from '../../../testing/measure-tab';
import { governance, measureDetail, T7_ID, USERS } from '../../../testing/portfolio-fixtures';

/** The mutation's answer: T7 decided, version 4. */
const moved = () => {
  const {
    id,
    version,
    politicalAnchoring,
    history,
    readiness,
    steering,
    cooperatingNetworks,
    gateOverrides,
  } = measureDetail({ status: 'DECIDED', version: 4, history: [] });
  return {
    __typename: 'Measure' as const,
    status: 'DECIDED' as const,
    ...{ id, version, politicalAnchoring, history, readiness, steering, cooperatingNetworks, gateOverrides },
  };
};
import { MeasureStatusComponent } from './measure-status.component';

describe('MeasureStatusComponent', () => {
  let tab: MeasureTab<MeasureStatusComponent>;
  let fixture: ComponentFixture<MeasureStatusComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    tab = await renderMeasureTab(MeasureStatusComponent, { user: USERS.leader, inputs: { canEdit: true } });
    ({ fixture, controller, element } = tab);
  });

  afterEach(() => verifyAndReset(controller));

  const settle = () => tab.settle();

  function buttons(): HTMLButtonElement[] {
    return Array.from(element.querySelectorAll<HTMLButtonElement>('[role="group"] button'));
  }

  it('offers only the allowed next statuses', () => {
    expect(element.textContent).toContain('Nåværende status: Under utredning');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe(
      'measure-status-next',
    );
    expect(buttons().map((b) => b.textContent?.trim())).toEqual([
      'Flytt til Vedtatt',
      'Flytt til Avvist',
      'Flytt til Satt på vent',
    ]);
  });

  it('moves the measure with its version and says where it went', async () => {
    buttons()[0].click();
    await settle();
    const op = controller.expectOne('TransitionMeasure');
    expect(op.operation.variables).toEqual({ input: { id: T7_ID, to: 'DECIDED', version: 3 } });
    op.flushData({
      transitionMeasure: moved(),
    });
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Status er endret til Vedtatt.',
    );
    expect(document.activeElement?.id).toBe('measure-status-feedback');
  });

  it('offers the secretariat, and only the secretariat, to override unmet gates with a reason', async () => {
    const blocked = measureDetail({
      politicalAnchoring: 'NEEDED',
      ...governance({
        ready: false,
        blocking: [
          {
            code: 'ANCHORING_NOT_RECORDED',
            text: 'politisk forankring er ikke registrert (dato, organ og saksnummer)',
            textEn: 'political anchoring is not recorded (date, body and case reference)',
          },
        ],
      }),
    });
    fixture.componentRef.setInput('measure', blocked);
    await fixture.whenStable();
    expect(element.querySelector('#measure-status-override')).toBeNull();

    verifyAndReset(controller);
    tab = await renderMeasureTab(MeasureStatusComponent, {
      user: USERS.secretariat,
      inputs: { canEdit: true, measure: blocked },
    });
    ({ fixture, controller, element } = tab);
    const reason = element.querySelector('#measure-status-override') as HTMLTextAreaElement;
    expect(reason.labels?.[0]?.textContent).toContain('Begrunnelse for å overstyre kravene');
    typeInto(reason, 'KDU vedtok saken 12. november.');
    await settle();
    buttons()[0].click();
    await settle();
    const op = controller.expectOne('TransitionMeasure');
    expect(op.operation.variables).toEqual({
      input: { id: T7_ID, to: 'DECIDED', version: 3, overrideReason: 'KDU vedtok saken 12. november.' },
    });
    op.flushData({ transitionMeasure: moved() });
    await settle();
  });

  it("shows the server's sentence for an illegal move, and offers a reload on CONFLICT", async () => {
    buttons()[1].click();
    await settle();
    controller
      .expectOne('TransitionMeasure')
      .graphqlErrors([
        apiError(
          'BAD_USER_INPUT',
          'Et tiltak kan ikke gå fra vedtatt til avvist. Tillatt neste status: pågår eller satt på vent.',
          { allowedNext: ['IN_PROGRESS', 'PAUSED'] },
        ),
      ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Et tiltak kan ikke gå fra vedtatt til avvist. Tillatt neste status: pågår eller satt på vent.',
    );

    buttons()[0].click();
    await settle();
    controller
      .expectOne('TransitionMeasure')
      .graphqlErrors([apiError('CONFLICT', 'Tiltaket er endret av noen andre siden du åpnet det.')]);
    await settle();
    buttonNamed(element, 'Last inn på nytt').click();
    await settle();
    expect(tab.reload).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers no moves to those who may not change the measure, nor for a final status', async () => {
    fixture.componentRef.setInput('canEdit', false);
    await fixture.whenStable();
    expect(element.querySelectorAll('button')).toHaveLength(0);
    expect(element.textContent).toContain('Neste mulige status: vedtatt, avvist, satt på vent.');

    fixture.componentRef.setInput('canEdit', true);
    fixture.componentRef.setInput('measure', measureDetail({ status: 'COMPLETED' }));
    await fixture.whenStable();
    expect(element.querySelectorAll('button')).toHaveLength(0);
    expect(element.textContent).toContain('Tiltaket kan ikke endre status mer.');
  });
});
