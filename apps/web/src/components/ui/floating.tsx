import type { ComponentProps, ComponentType, ElementType, ReactNode } from "react";
import { cn } from "@/lib/utils.ts";

/**
 * The content part of a Radix floating element (menu, popover, tooltip): portalled out of
 * scrolling containers, 6px from its trigger, styled with `base` (which `className` extends).
 */
export function floatingContent<C extends ElementType>(
  { Portal, Content }: { Portal: ComponentType<{ children?: ReactNode }>; Content: C },
  base: string,
  defaults: Partial<ComponentProps<C>> = {},
) {
  return function FloatingContent({ className, ...props }: ComponentProps<C>) {
    const Tag = Content as ElementType;
    return (
      <Portal>
        <Tag sideOffset={6} {...defaults} {...props} className={cn(base, className)} />
      </Portal>
    );
  };
}
