/** What became of an invite email (the server's `delivery`), told to the admin who sent it. */
export type Delivery = "emailed" | "not-configured" | "failed" | "not-requested";

export function deliveryMessage(delivery: Delivery, email: string): { text: string; tone: "ok" | "warn" } {
  switch (delivery) {
    case "emailed":
      return { text: `We emailed this link to ${email}. You can also send it yourself.`, tone: "ok" };
    case "not-configured":
      return {
        text: `Email isn't set up on this server, so nothing was sent: copy the link and send it to ${email} yourself.`,
        tone: "warn",
      };
    case "failed":
      return {
        text: `Sending the email to ${email} failed. Copy the link and send it yourself.`,
        tone: "warn",
      };
    case "not-requested":
      return {
        text: `A new link for ${email}; nothing was emailed. Copy it and send it yourself.`,
        tone: "ok",
      };
  }
}
