/** A text as stored: trimmed, and null when nothing is left. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
