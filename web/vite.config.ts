// Dashboard build: `npm run build:web` (= `vite build web`) writes web/dist, which the API
// server serves. During development `vite web` proxies /api to a running `marsad serve`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000, sourcemap: false },
  server: { proxy: { "/api": process.env.MARSAD_API ?? "http://127.0.0.1:8787" } },
});
