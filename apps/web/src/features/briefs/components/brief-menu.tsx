"use client";

import { MoreHorizontal, Pencil } from "lucide-react";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuIconTrigger,
  DropdownMenuItem,
} from "@/components/ui/dropdown-menu.tsx";
import { RenameBriefDialog } from "./rename-brief-dialog.tsx";

type MenuBrief = { id: string; title: string; country: string; canEdit: boolean };

/** The brief's own actions, for its editors: rename (and change the country). */
export function BriefMenu({ brief }: { brief: MenuBrief }) {
  const [dialog, setDialog] = useState<"rename" | null>(null);
  if (!brief.canEdit) return null;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuIconTrigger label="Brief actions">
          <MoreHorizontal aria-hidden />
        </DropdownMenuIconTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setDialog("rename")}>
            <Pencil aria-hidden />
            Rename…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <RenameBriefDialog
        brief={brief}
        open={dialog === "rename"}
        onOpenChange={(open) => setDialog(open ? "rename" : null)}
      />
    </>
  );
}
