import { fileNameFrom } from "./export-files.ts";

export type DownloadProgress = { received: number; total: number | null };

/** Why an export failed, in the server's words when it sent some. */
export class ExportFailed extends Error {}

async function failureMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  if (typeof body?.error === "string") return body.error;
  if (response.status === 401) return "Your session has ended. Sign in again to export.";
  return `The export failed (${response.status}). Try again.`;
}

/**
 * Fetches an export as a file and hands it to the browser as a download. The response is read
 * chunk by chunk so the menu can show how much has arrived (the server builds the whole file
 * first: until the first byte, the wait is the server's). `signal` cancels.
 */
export async function downloadExport(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ExportFailed("Couldn't reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw new ExportFailed(await failureMessage(response));
  const length = Number(response.headers.get("Content-Length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  const blob = new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
  const name = fileNameFrom(response.headers.get("Content-Disposition"), fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download from the URL; free it a little later.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
