/**
 * A local copy of a section's unsaved text, kept in localStorage when work is at risk (leaving
 * with unsaved changes, a failed save, closing the tab) so it survives a reload or a crash.
 */
export type LocalDraft<TContent> = { baseRevisionId: string | null; content: TContent; savedAt: number };

const key = (documentKey: string) => `dossier:draft:${documentKey}`;

export function readDraft<TContent>(documentKey: string): LocalDraft<TContent> | null {
  try {
    const raw = window.localStorage.getItem(key(documentKey));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft<TContent>;
    return draft && typeof draft === "object" && "content" in draft ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft<TContent>(documentKey: string, draft: LocalDraft<TContent>): void {
  try {
    window.localStorage.setItem(key(documentKey), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the in-memory copy and the unload warning still protect the work.
  }
}

export function clearDraft(documentKey: string): void {
  try {
    window.localStorage.removeItem(key(documentKey));
  } catch {
    // nothing to do
  }
}
