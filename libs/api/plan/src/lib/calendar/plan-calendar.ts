import ical from 'ical-generator';

/** A measure's milestones, as the feed shows them. */
export interface CalendarMeasure {
  readonly code: string;
  readonly title: string;
  readonly networkName: string;
  readonly milestones: readonly { id: string; name: string; date: string; done: boolean }[];
}

export interface CalendarDeadline {
  readonly id: string;
  readonly name: string;
  readonly dueDate: string;
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * The plan's milestones and the reporting deadlines as an iCalendar feed (RFC 5545) a calendar program subscribes
 * to: all-day events with stable ids, so a moved milestone moves in the calendar rather than appearing twice.
 */
export function planCalendar(options: {
  readonly name: string;
  readonly bars: readonly CalendarMeasure[];
  readonly deadlines: readonly CalendarDeadline[];
  readonly host: string;
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Samarbeid', product: 'Gjennomføringsplan', language: 'NB' },
    timezone: 'Europe/Oslo',
    ttl: 60 * 60,
  });
  for (const bar of options.bars) {
    for (const milestone of bar.milestones) {
      const start = day(milestone.date);
      calendar.createEvent({
        id: `milestone-${milestone.id}@${options.host}`,
        allDay: true,
        start,
        end: new Date(start.getTime() + 86_400_000),
        summary: `${bar.code}: ${milestone.name}${milestone.done ? ' (ferdig)' : ''}`,
        description: `Milepæl i tiltaket ${bar.code} ${bar.title} (${bar.networkName}).`,
        categories: [{ name: 'Milepæl' }],
      });
    }
  }
  for (const deadline of options.deadlines) {
    const start = day(deadline.dueDate);
    calendar.createEvent({
      id: `deadline-${deadline.id}@${options.host}`,
      allDay: true,
      start,
      end: new Date(start.getTime() + 86_400_000),
      summary: `Frist for rapportering: ${deadline.name}`,
      categories: [{ name: 'Frist' }],
    });
  }
  return calendar.toString();
}
