/**
 * The primitives' looks as plain class strings, joined without merging. Button, Input and Label
 * apply them through `cn`, which lets a caller's classes override theirs. The two things every
 * first visit downloads, the sign-in form and the root error boundary (app/error.tsx, part of
 * every page), put them on plain elements instead: then they don't pull in tailwind-merge, about
 * 9 KB gzip of the sign-in page's budget (bench/page-weight.ts). Callers add only classes that
 * don't clash with these (a width, a margin); anything more goes through the components.
 */

const buttonBase =
  "inline-flex shrink-0 items-center justify-center font-medium whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0";

const buttonVariants = {
  primary: "bg-accent text-accent-foreground shadow-xs hover:bg-accent-hover",
  secondary: "border border-neutral-200 bg-white text-neutral-800 shadow-xs hover:bg-neutral-50",
  ghost: "text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900",
  danger: "bg-danger text-danger-foreground shadow-xs hover:bg-danger/90",
  link: "h-auto px-0 text-accent underline-offset-2 hover:underline",
} as const;

const buttonSizes = {
  sm: "h-7 gap-1.5 rounded-md px-2.5 text-xs",
  md: "h-8 gap-2 rounded-md px-3 text-sm",
  lg: "h-10 gap-2 rounded-md px-4 text-sm",
  icon: "size-8 rounded-md",
  "icon-sm": "size-7 rounded-md",
} as const;

export type ButtonVariant = keyof typeof buttonVariants;
export type ButtonSize = keyof typeof buttonSizes;

export function buttonStyles(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `${buttonBase} ${buttonVariants[variant]} ${buttonSizes[size]}`;
}

export const inputStyles =
  "h-9 w-full min-w-0 rounded-md border border-neutral-200 bg-white px-3 text-sm shadow-xs transition-colors placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-danger aria-invalid:focus-visible:border-danger aria-invalid:focus-visible:ring-danger/15";

export const labelStyles = "text-sm leading-none font-medium text-neutral-700 select-none";
