/** How people are drawn: initials and a stable tint, for avatars and menus. */

/** "OA" for "Omar Analyst": up to two initials, for avatars. */
export function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join("") || "?"
  );
}

/** A stable, calm tint per person (an index into the avatar palette). */
export function tintIndex(id: string, paletteSize: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % paletteSize;
}
