export { formatKroner, formatNumber, formatQuantity } from '@samarbeid/shared/domain/allocation';
export { formatDate, formatDateTime, osloDate } from '@samarbeid/shared/domain';

/**
 * Norwegian formatting on the server (diffs, notifications, e-mails). The number formats live in the shared domain
 * (the economics feature writes the same), as do the Norwegian dates; this module is where the agreements feature
 * takes them from.
 */
