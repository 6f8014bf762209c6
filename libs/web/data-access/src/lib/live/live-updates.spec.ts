import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';

import {
  LiveUpdates,
  reconnectWait,
  refetchOnRegionChange,
  type RegionChange,
  socketUrl,
} from './live-updates';

describe('live updates', () => {
  afterEach(() => {
    jest.useRealTimers();
    TestBed.resetTestingModule();
  });

  it('reconnects with back-off: 1 s doubling to at most 30 s, with up to 25 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => reconnectWait(attempt, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(reconnectWait(0, () => 1)).toBe(1250);
  });

  it('opens the socket on the API URL with ws(s)', () => {
    expect(socketUrl('http://localhost:3000/graphql')).toBe('ws://localhost:3000/graphql');
    expect(socketUrl('https://samarbeid.kommune.no/graphql')).toBe('wss://samarbeid.kommune.no/graphql');
  });

  it('follows nothing without a configuration or a sign-in (as in other pages’ specs)', () => {
    const live = TestBed.inject(LiveUpdates);
    const seen: RegionChange[] = [];
    const subscription = live.regionChanges('kongsbergregionen').subscribe((change) => seen.push(change));
    expect(seen).toEqual([]);
    subscription.unsubscribe();
  });

  it('refetches once per burst of changes, stamps the time and stops with the page', async () => {
    jest.useFakeTimers();
    const changes = new Subject<RegionChange>();
    const followed: string[] = [];
    const refetch = jest.fn(() => Promise.resolve());

    @Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
    class PageComponent {
      readonly live = refetchOnRegionChange('kongsbergregionen', refetch, { debounceMs: 200 });
    }

    TestBed.configureTestingModule({
      providers: [
        {
          provide: LiveUpdates,
          useValue: {
            regionChanges: (slug: string) => {
              followed.push(slug);
              return changes.asObservable();
            },
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(PageComponent);
    const page = fixture.componentInstance;
    expect(followed).toEqual(['kongsbergregionen']);
    expect(page.live.updatedAt()).toBeNull();

    const change = { regionId: 'r', entityType: 'measure', at: '2026-12-07T12:00:00Z' };
    changes.next(change);
    changes.next(change);
    jest.advanceTimersByTime(100);
    changes.next(change);
    expect(refetch).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    expect(refetch).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(page.live.updatedAt()).toBeInstanceOf(Date);

    fixture.destroy();
    changes.next(change);
    jest.advanceTimersByTime(500);
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(changes.observed).toBe(false);
  });
});
