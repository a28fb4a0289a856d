import type { Harness } from "../../../testing/harness.ts";
import { type Scenario, setups } from "./setups.ts";

/** Comments and notifications: one successful call of each mutation. */
export function commentsScenarios(h: () => Harness): Record<string, Scenario> {
  const { editorWithSection, withThread } = setups(h);
  return {
    "comments.createThread": {
      action: "thread.create",
      run: async () => {
        const { editor, section } = await editorWithSection();
        return {
          actor: editor,
          call: () =>
            h().caller(editor).comments.createThread({ sectionId: section.id, anchor: null, body: "Hm" }),
        };
      },
    },
    "comments.reply": {
      action: "comment.reply",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.reply({ threadId: thread.threadId, body: "Yes" }),
        };
      },
    },
    "comments.update": {
      action: "comment.update",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.update({ commentId: thread.commentId, body: "Edited" }),
        };
      },
    },
    "comments.delete": {
      action: "comment.delete",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.delete({ commentId: thread.commentId }),
        };
      },
    },
    "comments.setStatus": {
      action: "thread.setStatus",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () =>
            h().caller(editor).comments.setStatus({ threadId: thread.threadId, status: "RESOLVED" }),
        };
      },
    },
    "notifications.markRead": {
      action: "notifications.markRead",
      run: async () => {
        const viewer = await h().user("VIEWER");
        return { actor: viewer, call: () => h().caller(viewer).notifications.markRead({}) };
      },
    },
  };
}
