import { defineConfig } from 'vite'

// The browser bundle: progressive enhancement only. Pages work before (and without) it.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    rollupOptions: {
      input: { enhance: 'src/client/enhance.ts' },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
})
