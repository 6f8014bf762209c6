/** The calendar day in Norway ("YYYY-MM-DD"), which deadlines and reviews are judged on, and "1.1.2026". */
export { formatDate, osloDate as osloToday } from '@samarbeid/shared/domain';
