import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

/** The lab: web/ is the root, the build goes to dist/lab/ with relative URLs (served from any path). */
export default defineConfig({
  root: here,
  base: "./",
  plugins: [preact({ devToolsEnabled: false })],
  worker: { format: "es" },
  build: {
    outDir: resolve(here, "../dist/lab"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { main: resolve(here, "index.html"), essay: resolve(here, "essay.html") },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
