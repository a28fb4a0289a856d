import { atom } from "jotai";

/**
 * The last thing the people page did ("Omar Analyst is now a Reviewer…"), shown above the list and
 * announced politely. Rows, menus and dialogs set it; the page shows it.
 */
export const peopleNoticeAtom = atom<string | null>(null);
