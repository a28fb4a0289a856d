// `pnpm db:migrate`: applies prisma/migrations to DATABASE_URL (honours ?schema=NAME).
import "dotenv/config";
import { migrate } from "../src/migrate.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Start a database (`pnpm db:embedded` prints one) and set it.");
  process.exit(1);
}
try {
  await migrate(url, { log: (message) => console.log(message) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
