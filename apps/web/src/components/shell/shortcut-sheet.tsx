"use client";

import { useEffect, useState } from "react";
import { DialogShell } from "@/components/ui/dialog.tsx";

/** Every keyboard shortcut the app has, where it works. Keep in step with the handlers. */
const SHORTCUTS: { keys: string[]; what: string; where: string }[] = [
  { keys: ["Ctrl/⌘", "S"], what: "Save now", where: "Editor" },
  { keys: ["Ctrl/⌘", "K"], what: "Add or edit a link", where: "Editor" },
  { keys: ["Ctrl/⌘", "Alt", "M"], what: "Comment on the selection", where: "Editor" },
  { keys: ["J"], what: "Next change", where: "Compare, diff" },
  { keys: ["K"], what: "Previous change", where: "Compare, diff" },
  { keys: ["Esc"], what: "Close a revision or comparison", where: "Section" },
  { keys: ["?"], what: "Show this list", where: "Anywhere" },
];

/** True when a key press belongs to a form field or an editable text, not to the page. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** "?" (outside text fields) opens the list of keyboard shortcuts. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || typingInto(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      title="Keyboard shortcuts"
      description="Press ? anywhere outside the text to see this again."
    >
      <table className="w-full text-sm">
        <tbody className="divide-y divide-neutral-100">
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td className="py-2 pr-4 whitespace-nowrap">
                {s.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? <span className="px-0.5 text-neutral-400">+</span> : null}
                    <kbd className="rounded border border-neutral-200 bg-neutral-50 px-1.5 py-0.5 font-sans text-xs text-neutral-700">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-2 pr-4 text-neutral-800">{s.what}</td>
              <td className="py-2 text-right text-xs text-neutral-500">{s.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DialogShell>
  );
}
