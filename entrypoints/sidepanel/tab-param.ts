/** `?tab=<id>`: the tab the panel shows when opened as a page (the e2e tests do this). */
export function fixedTabFromLocation(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null || raw === '' ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}
