/** The API's PDF of one version of an agreement (`<api>/exports/<path>`). */
export function agreementPdfPath(agreementId: string, versionNumber: number): string {
  return `agreements/${agreementId}.pdf?version=${versionNumber}`;
}

/** A file name from the title: "Kjøp av byggesaksbehandling" v2 → "avtale-kjop-av-byggesaksbehandling-v2.pdf". */
export function agreementPdfFileName(title: string, versionNumber: number): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `avtale-${slug || 'uten-tittel'}-v${versionNumber}.pdf`;
}
