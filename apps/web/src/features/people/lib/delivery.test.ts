import { describe, expect, it } from "vitest";
import { deliveryMessage } from "./delivery.ts";

describe("deliveryMessage", () => {
  it("says the link was emailed only when it was", () => {
    expect(deliveryMessage("emailed", "a@b.c")).toEqual({
      text: "We emailed this link to a@b.c. You can also send it yourself.",
      tone: "ok",
    });
    for (const delivery of ["not-configured", "failed", "not-requested"] as const) {
      const { text } = deliveryMessage(delivery, "a@b.c");
      expect(text).not.toMatch(/We emailed/);
      expect(text).toMatch(/yourself/);
    }
  });

  it("warns when an email was wanted but not sent", () => {
    expect(deliveryMessage("failed", "a@b.c").tone).toBe("warn");
    expect(deliveryMessage("not-configured", "a@b.c").tone).toBe("warn");
    expect(deliveryMessage("not-requested", "a@b.c").tone).toBe("ok");
  });
});
