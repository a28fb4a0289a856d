import { NotificationBell } from "@/features/notifications/index.ts";
import { CommandPalette, HeaderSearch } from "@/features/search/index.ts";
import { ShortcutSheet } from "./shortcut-sheet.tsx";
import { UserMenu } from "./user-menu.tsx";
import { Wordmark } from "./wordmark.tsx";

/**
 * The app's bar. Sticky bars here (this one, the editor's toolbar, the revision stage) and the
 * comments panel are solid, never translucent with `backdrop-blur`: without GPU compositing
 * (remote desktops, virtual machines, CI) the browser redraws the blur under them on every change
 * to the page, which cost more CPU per section switch than drawing the page itself.
 */
export function TopBar() {
  return (
    <header className="sticky top-0 z-40 h-12 border-b border-neutral-200 bg-white">
      <div className="flex h-full items-center justify-between px-4">
        <nav aria-label="Main" className="flex items-center gap-4">
          <Wordmark />
        </nav>
        <div className="flex items-center gap-1">
          <HeaderSearch />
          <CommandPalette />
          <NotificationBell />
          <UserMenu />
        </div>
        <ShortcutSheet />
      </div>
    </header>
  );
}
