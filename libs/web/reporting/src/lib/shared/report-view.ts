import type { StatusReportFieldsFragment } from '@samarbeid/web/graphql';

/** The Designsystemet colour of a report's state tag. */
export function stateColor(state: StatusReportFieldsFragment['state']): string {
  switch (state) {
    case 'APPROVED':
      return 'success';
    case 'SUBMITTED':
      return 'info';
    case 'RETURNED':
      return 'warning';
    default:
      return 'neutral';
  }
}

/** The colour of a traffic light. */
export function ragColor(rag: StatusReportFieldsFragment['rag']): string {
  switch (rag) {
    case 'GREEN':
      return 'success';
    case 'YELLOW':
      return 'warning';
    case 'RED':
      return 'danger';
    default:
      return 'neutral';
  }
}
