/**
 * The brief's review summary once `sectionId` has been read at its current revision: it is no
 * longer "changed since you last read". The cache is updated in place rather than refetching the
 * whole summary on every section opened.
 */
export function withSectionRead<T extends { unreadSectionIds: string[] }>(
  summary: T | undefined,
  sectionId: string,
): T | undefined {
  if (!summary?.unreadSectionIds.includes(sectionId)) return summary;
  return { ...summary, unreadSectionIds: summary.unreadSectionIds.filter((id) => id !== sectionId) };
}
