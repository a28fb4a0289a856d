import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Only the CLI uses it
// (generate never connects); the app builds its own client in packages/db.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
