"use client";

import type { ChainedCommands } from "@tiptap/core";
import { type Editor, useEditorState } from "@tiptap/react";
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  Link2,
  List,
  ListOrdered,
  type LucideIcon,
  Quote,
  Redo2,
  Table,
  Undo2,
} from "lucide-react";
import { Fragment, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuIconTrigger,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { cn } from "@/lib/utils.ts";
import { LinkPopover } from "./link-popover.tsx";

type Props = {
  editor: Editor;
  linkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  /** Right-hand side: word count and save status. */
  children?: ReactNode;
};

type Active = ReturnType<typeof activeFormats>;

/** A formatting button: what it shows, its shortcut after the Ctrl/⌘ key, and what it does. */
type Tool = {
  icon: LucideIcon;
  label: string;
  keys: string;
  active: keyof Active;
  run: (chain: ChainedCommands) => ChainedCommands;
};

/** The formatting buttons, in groups separated by a divider. */
const TOOL_GROUPS: Tool[][] = [
  [
    {
      icon: Heading2,
      label: "Heading 2",
      keys: "Alt+2",
      active: "h2",
      run: (c) => c.toggleHeading({ level: 2 }),
    },
    {
      icon: Heading3,
      label: "Heading 3",
      keys: "Alt+3",
      active: "h3",
      run: (c) => c.toggleHeading({ level: 3 }),
    },
  ],
  [
    { icon: Bold, label: "Bold", keys: "B", active: "bold", run: (c) => c.toggleBold() },
    { icon: Italic, label: "Italic", keys: "I", active: "italic", run: (c) => c.toggleItalic() },
  ],
  [
    {
      icon: List,
      label: "Bullet list",
      keys: "Shift+8",
      active: "bulletList",
      run: (c) => c.toggleBulletList(),
    },
    {
      icon: ListOrdered,
      label: "Numbered list",
      keys: "Shift+7",
      active: "orderedList",
      run: (c) => c.toggleOrderedList(),
    },
    { icon: Quote, label: "Quote", keys: "Shift+B", active: "blockquote", run: (c) => c.toggleBlockquote() },
  ],
];

function activeFormats(e: Editor) {
  return {
    h2: e.isActive("heading", { level: 2 }),
    h3: e.isActive("heading", { level: 3 }),
    bold: e.isActive("bold"),
    italic: e.isActive("italic"),
    bulletList: e.isActive("bulletList"),
    orderedList: e.isActive("orderedList"),
    blockquote: e.isActive("blockquote"),
    link: e.isActive("link"),
    table: e.isActive("table"),
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
  };
}

/** Formatting controls; besides Tab, the arrow keys move between buttons. */
export function EditorToolbar({ editor, linkOpen, onLinkOpenChange, children }: Props) {
  const mod = useModKey();
  const active = useEditorState({ editor, selector: ({ editor: e }) => activeFormats(e) });
  const chain = () => editor.chain().focus();

  return (
    <div className="sticky top-12 z-20 -mx-3 mb-6 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-neutral-200 bg-white px-3 py-1.5">
      {/* On a phone the buttons fit one row (scrolling sideways if narrower still), no lone Redo below. */}
      <div
        role="toolbar"
        aria-label="Formatting"
        className="-my-0.5 flex max-w-full items-center gap-0 overflow-x-auto py-0.5 [scrollbar-width:none] sm:flex-wrap sm:gap-0.5 sm:overflow-visible"
        onKeyDown={moveFocus}
      >
        {TOOL_GROUPS.map((group) => (
          <Fragment key={group[0]?.label}>
            {group.map((tool) => (
              <ToolButton
                key={tool.label}
                icon={tool.icon}
                label={tool.label}
                shortcut={`${mod}+${tool.keys}`}
                pressed={active[tool.active]}
                onClick={() => tool.run(chain()).run()}
              />
            ))}
            <Divider />
          </Fragment>
        ))}
        <LinkPopover editor={editor} open={linkOpen} onOpenChange={onLinkOpenChange}>
          <ToolButton
            icon={Link2}
            label="Link"
            shortcut={`${mod}+K`}
            pressed={active.link}
            onClick={() => onLinkOpenChange(!linkOpen)}
          />
        </LinkPopover>
        {active.table ? (
          <TableMenu editor={editor} />
        ) : (
          <ToolButton
            icon={Table}
            label="Insert table"
            onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          />
        )}
        <Divider />
        <ToolButton
          icon={Undo2}
          label="Undo"
          shortcut={`${mod}+Z`}
          disabled={!active.canUndo}
          onClick={() => chain().undo().run()}
        />
        <ToolButton
          icon={Redo2}
          label="Redo"
          shortcut={`${mod}+Shift+Z`}
          disabled={!active.canRedo}
          onClick={() => chain().redo().run()}
        />
      </div>
      <div className="ml-auto flex items-center gap-3 text-xs text-neutral-500">{children}</div>
    </div>
  );
}

function ToolButton({
  icon: Icon,
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
}: {
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Hint
      label={
        <>
          {label}
          {shortcut ? <span className="ml-2 text-neutral-400">{shortcut}</span> : null}
        </>
      }
    >
      <Button
        variant="ghost"
        size="icon-sm"
        aria-label={label}
        aria-pressed={pressed}
        aria-keyshortcuts={shortcut?.replace("⌘", "Meta").replace("Ctrl", "Control")}
        disabled={disabled}
        // Keep the editor's selection: clicking a button must not steal focus first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        className={cn(pressed && "bg-neutral-100 text-neutral-900")}
      >
        <Icon aria-hidden />
      </Button>
    </Hint>
  );
}

function TableMenu({ editor }: { editor: Editor }) {
  const chain = () => editor.chain().focus();
  return (
    <DropdownMenu>
      <Hint label="Table">
        <DropdownMenuIconTrigger label="Table options" className="bg-neutral-100 text-neutral-900">
          <Table aria-hidden />
        </DropdownMenuIconTrigger>
      </Hint>
      <DropdownMenuContent align="start" onCloseAutoFocus={(e) => e.preventDefault()}>
        <DropdownMenuItem onSelect={() => chain().addRowAfter().run()}>Add row below</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => chain().addColumnAfter().run()}>Add column right</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => chain().deleteRow().run()}>Delete row</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => chain().deleteColumn().run()}>Delete column</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem danger onSelect={() => chain().deleteTable().run()}>
          Delete table
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function Divider() {
  return <span aria-hidden className="mx-0.5 h-4 w-px shrink-0 bg-neutral-200 sm:mx-1" />;
}

/** Roving focus: Left/Right/Home/End move between the toolbar's enabled buttons. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys = ["ArrowLeft", "ArrowRight", "Home", "End"];
  if (!keys.includes(event.key)) return;
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"),
  );
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  const next =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? buttons.length - 1
        : (index + (event.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
}
