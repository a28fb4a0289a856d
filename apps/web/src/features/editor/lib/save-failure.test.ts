import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { classifySaveError, IN_DOUBT_MESSAGE } from "./save-failure.ts";

/** A tRPC client error as the link builds it from the server's error shape. */
const failed = (data: Record<string, unknown>) =>
  new TRPCClientError("failed", { result: { error: { message: "failed", code: -32000, data } } } as never);

describe("classifySaveError", () => {
  it("retries a save left in doubt, saying so instead of 'something went wrong'", () => {
    const failure = classifySaveError(
      failed({ code: "SERVICE_UNAVAILABLE", httpStatus: 503, inDoubt: true }),
    );
    expect(failure).toEqual({ kind: "transient", message: IN_DOUBT_MESSAGE });
  });

  it("retries a plain outage, and gives up on a refusal", () => {
    expect(
      classifySaveError(failed({ code: "SERVICE_UNAVAILABLE", httpStatus: 503, inDoubt: false })).kind,
    ).toBe("transient");
    expect(classifySaveError(failed({ code: "FORBIDDEN", httpStatus: 403 })).kind).toBe("rejected");
  });
});
