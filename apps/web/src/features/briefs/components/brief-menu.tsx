"use client";

import { Archive, ArchiveRestore, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuIconTrigger,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu.tsx";
import { useArchiveBrief } from "../queries.ts";
import { DeleteBriefDialog } from "./delete-brief-dialog.tsx";
import { RenameBriefDialog } from "./rename-brief-dialog.tsx";

type MenuBrief = {
  id: string;
  title: string;
  country: string;
  canEdit: boolean;
  canManage: boolean;
  canDelete: boolean;
  archived: boolean;
};

/** The brief's own actions: rename (editors), archive or restore (editors), delete (admins). */
export function BriefMenu({ brief }: { brief: MenuBrief }) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const archive = useArchiveBrief(brief.id);
  if (!brief.canManage && !brief.canDelete) return null;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuIconTrigger label="Brief actions">
          <MoreHorizontal aria-hidden />
        </DropdownMenuIconTrigger>
        <DropdownMenuContent>
          {brief.canEdit ? (
            <DropdownMenuItem onSelect={() => setDialog("rename")}>
              <Pencil aria-hidden />
              Rename…
            </DropdownMenuItem>
          ) : null}
          {brief.canManage ? (
            <DropdownMenuItem
              onSelect={() => archive.mutate({ briefId: brief.id, archived: !brief.archived })}
            >
              {brief.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
              {brief.archived ? "Restore from archive" : "Archive"}
            </DropdownMenuItem>
          ) : null}
          {brief.canDelete ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem danger onSelect={() => setDialog("delete")}>
                <Trash2 aria-hidden />
                Delete…
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <RenameBriefDialog
        brief={brief}
        open={dialog === "rename"}
        onOpenChange={(open) => setDialog(open ? "rename" : null)}
      />
      {brief.canDelete ? (
        <DeleteBriefDialog
          brief={brief}
          open={dialog === "delete"}
          onOpenChange={(open) => setDialog(open ? "delete" : null)}
        />
      ) : null}
    </>
  );
}
