import { cn } from "@/lib/utils.ts";
import { segmentCommentBody } from "../lib/comments-format.ts";

/**
 * A comment's text, escaped: every piece is a React text node; links are <a> only for http(s)
 * URLs (checked by the URL parser) and open in a new tab without a referrer or opener. Never
 * `dangerouslySetInnerHTML`: what one person types must not run in another's browser.
 */
export function CommentBody({
  body,
  mentions,
  meId,
  className,
}: {
  body: string;
  mentions: { id: string; name: string }[];
  meId?: string;
  className?: string;
}) {
  const segments = segmentCommentBody(body, mentions);
  return (
    <p className={cn("text-[13px] leading-5 break-words whitespace-pre-wrap text-neutral-800", className)}>
      {segments.map((segment, i) => {
        const key = `${i}:${segment.kind}`;
        if (segment.kind === "mention") {
          return (
            <span
              key={key}
              className={cn(
                "rounded px-0.5 font-medium",
                segment.userId === meId ? "bg-accent-soft text-accent" : "text-accent",
              )}
            >
              {segment.text}
            </span>
          );
        }
        if (segment.kind === "link") {
          return (
            <a
              key={key}
              href={segment.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
            >
              {segment.text}
            </a>
          );
        }
        return <span key={key}>{segment.text}</span>;
      })}
    </p>
  );
}
