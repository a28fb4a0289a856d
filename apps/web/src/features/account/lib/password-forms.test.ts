import { describe, expect, it } from "vitest";
import { acceptInviteFormSchema, changePasswordFormSchema } from "./password-forms.ts";

/** The first message per field: what the form shows under it. */
function issues(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const first: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) first[issue.path.join(".")] ??= issue.message;
  return first;
}

describe("password forms", () => {
  it("accept a new password typed twice", () => {
    expect(
      changePasswordFormSchema.safeParse({
        currentPassword: "old password here",
        newPassword: "a brand new password",
        confirmPassword: "a brand new password",
      }).success,
    ).toBe(true);
    expect(
      acceptInviteFormSchema.safeParse({
        name: "  Nia Newcomer ",
        password: "a brand new password",
        confirmPassword: "a brand new password",
      }),
    ).toMatchObject({ success: true, data: { name: "Nia Newcomer" } });
  });

  it("say which field is wrong, in the server's words where the server checks it", () => {
    expect(
      issues(
        changePasswordFormSchema.safeParse({
          currentPassword: "",
          newPassword: "short",
          confirmPassword: "shorts",
        }),
      ),
    ).toEqual({
      currentPassword: "Enter your current password",
      newPassword: "Use at least 10 characters",
      confirmPassword: "The two passwords don't match",
    });
    expect(
      issues(
        changePasswordFormSchema.safeParse({
          currentPassword: "same password 1",
          newPassword: "same password 1",
          confirmPassword: "same password 1",
        }),
      ),
    ).toEqual({ newPassword: "Choose a password different from the current one" });
    expect(
      issues(
        acceptInviteFormSchema.safeParse({ name: " ", password: "long enough pass", confirmPassword: "" }),
      ),
    ).toEqual({ name: "Enter a name", confirmPassword: "Type the new password again" });
  });
});
