"use client";

import type { Editor } from "@tiptap/react";
import { Link2 } from "lucide-react";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Label } from "@/components/ui/label.tsx";
import { Popover, PopoverAnchor, PopoverContent } from "@/components/ui/popover.tsx";
import { normaliseLinkUrl } from "../lib/link-url.ts";

/**
 * Asks for a link's URL. Only http, https and mailto are accepted (a bare domain gets https://),
 * matching what the server's document validator allows.
 */
export function LinkPopover({
  editor,
  open,
  onOpenChange,
  children,
}: {
  editor: Editor;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverAnchor asChild>
        <span className="inline-flex">{children}</span>
      </PopoverAnchor>
      <PopoverContent
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          editor.commands.focus();
        }}
      >
        {open ? <LinkForm editor={editor} onDone={() => onOpenChange(false)} /> : null}
      </PopoverContent>
    </Popover>
  );
}

/** The URL field: Apply sets (or inserts) the link, "Remove link" takes it off. */
function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  // Primed with the link under the cursor: the form mounts each time the popover opens.
  const [existing] = useState(() => editor.getAttributes("link").href as string | undefined);
  const [url, setUrl] = useState(existing ?? "");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function apply(event: FormEvent) {
    event.preventDefault();
    const result = normaliseLinkUrl(url);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: insert the address itself as the link text.
      chain
        .insertContent({
          type: "text",
          text: url.trim(),
          marks: [{ type: "link", attrs: { href: result.href } }],
        })
        .run();
    } else {
      chain.extendMarkRange("link").setLink({ href: result.href }).run();
    }
    onDone();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  }

  return (
    <form onSubmit={apply} noValidate className="space-y-2">
      <Label htmlFor={inputId} className="flex items-center gap-1.5 text-xs">
        <Link2 aria-hidden className="size-3.5 text-neutral-400" />
        URL
      </Label>
      <Input
        id={inputId}
        value={url}
        autoFocus
        placeholder="https://example.org"
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2 pt-1">
        {existing ? (
          <Button variant="ghost" size="sm" onClick={remove}>
            Remove link
          </Button>
        ) : null}
        <Button type="submit" size="sm">
          Apply
        </Button>
      </div>
    </form>
  );
}
