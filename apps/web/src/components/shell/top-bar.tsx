import { NotificationBell } from "@/features/notifications/index.ts";
import { CommandPalette, HeaderSearch } from "@/features/search/index.ts";
import { ShortcutSheet } from "./shortcut-sheet.tsx";
import { UserMenu } from "./user-menu.tsx";
import { Wordmark } from "./wordmark.tsx";

export function TopBar() {
  return (
    <header className="sticky top-0 z-40 h-12 border-b border-neutral-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
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
