/** PostgreSQL's SQLSTATE for a unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, '23505');
}

export function isForeignKeyViolation(error: unknown): boolean {
  return hasCode(error, '23503');
}

function hasCode(error: unknown, code: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const own = (error as { code?: unknown }).code;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return own === code || driver === code;
}
