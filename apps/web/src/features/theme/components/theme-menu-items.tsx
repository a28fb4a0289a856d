"use client";

import { useAtom } from "jotai";
import { Monitor, Moon, Sun } from "lucide-react";
import {
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "@/components/ui/dropdown-menu.tsx";
import { parseThemeSetting } from "../lib/theme.ts";
import { themeSettingAtom } from "../state.ts";

/** "Theme: System / Light / Dark", for a dropdown menu (the user menu). */
export function ThemeMenuItems() {
  const [setting, setSetting] = useAtom(themeSettingAtom);
  return (
    <>
      <DropdownMenuLabel className="pb-1 text-xs font-medium text-neutral-500">Theme</DropdownMenuLabel>
      <DropdownMenuRadioGroup
        aria-label="Theme"
        value={setting}
        onValueChange={(value) => setSetting(parseThemeSetting(value))}
      >
        <DropdownMenuRadioItem value="system">
          <Monitor aria-hidden />
          System
        </DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="light">
          <Sun aria-hidden />
          Light
        </DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="dark">
          <Moon aria-hidden />
          Dark
        </DropdownMenuRadioItem>
      </DropdownMenuRadioGroup>
    </>
  );
}
