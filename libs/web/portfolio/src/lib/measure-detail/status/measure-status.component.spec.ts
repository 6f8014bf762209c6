import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { createCache } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { measureDetail, T7_ID } from '../../../testing/portfolio-fixtures';
import { MeasureDetailContext } from '../measure-detail-context';
import { MeasureStatusComponent } from './measure-status.component';

describe('MeasureStatusComponent', () => {
  let fixture: ComponentFixture<MeasureStatusComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const reload = jest.fn<() => Promise<void>>();

  beforeEach(async () => {
    localStorage.clear();
    reload.mockReset();
    reload.mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, MeasureStatusComponent],
      providers: [
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: MeasureDetailContext, useValue: { reload } },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(MeasureStatusComponent);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('measure', measureDetail());
    fixture.componentRef.setInput('canEdit', true);
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

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
      transitionMeasure: { __typename: 'Measure', id: T7_ID, status: 'DECIDED', version: 4, history: [] },
    });
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Status er endret til Vedtatt.',
    );
    expect(document.activeElement?.id).toBe('measure-status-feedback');
  });

  it("shows the server's sentence for an illegal move, and offers a reload on CONFLICT", async () => {
    buttons()[1].click();
    await settle();
    controller.expectOne('TransitionMeasure').graphqlErrors([
      {
        message:
          'Et tiltak kan ikke gå fra vedtatt til avvist. Tillatt neste status: pågår eller satt på vent.',
        extensions: { code: 'BAD_USER_INPUT', allowedNext: ['IN_PROGRESS', 'PAUSED'] },
      },
    ]);
    await settle();
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Et tiltak kan ikke gå fra vedtatt til avvist. Tillatt neste status: pågår eller satt på vent.',
    );

    buttons()[0].click();
    await settle();
    controller
      .expectOne('TransitionMeasure')
      .graphqlErrors([
        { message: 'Tiltaket er endret av noen andre siden du åpnet det.', extensions: { code: 'CONFLICT' } },
      ]);
    await settle();
    const reloadButton = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Last inn på nytt',
    );
    reloadButton?.click();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
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
