import nodemailer, { type Transporter } from "nodemailer";

export type OutgoingMail = { to: string; subject: string; text: string };

/** What became of a message: sent, not sent because no mail server is configured, or failed. */
export type Delivery = "emailed" | "not-configured" | "failed";

let cached: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/**
 * Sends through the SMTP server at SMTP_URL (e.g. `smtps://user:pass@mail.example.org:465`), from
 * SMTP_FROM. Without SMTP_URL nothing is sent: links are shown to the admin to copy, and in
 * development also printed to the server log. Never throws: the change that wanted the mail is
 * already committed, and the admin still has the link.
 */
export async function sendMail(mail: OutgoingMail): Promise<Delivery> {
  const url = process.env.SMTP_URL;
  if (!url) {
    if (process.env.NODE_ENV !== "production" && process.env.NODE_ENV !== "test") {
      console.info(`[mail] SMTP_URL is not set; not sent to ${mail.to}: ${mail.subject}\n${mail.text}`);
    }
    return "not-configured";
  }
  try {
    await transportFor(url).sendMail({
      from: process.env.SMTP_FROM ?? "Dossier <no-reply@dossier.invalid>",
      ...mail,
    });
    return "emailed";
  } catch (error) {
    console.error(`[mail] sending "${mail.subject}" to ${mail.to} failed`, error);
    return "failed";
  }
}
