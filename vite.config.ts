import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { cmi5Xml } from './src/adapters/records/course';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// `assets/` is the public folder: audio sprites and icons are served from the site root and
// precached by the service worker, so every module works offline after the first visit.
export default defineConfig({
  publicDir: 'assets',
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser lives in its own chunk so an app update doesn't re-download the engine.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    // The cmi5 course structure for an LMS, next to index.html in the build.
    {
      name: 'rescuedrill-cmi5-course',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'cmi5.xml', source: cmi5Xml() });
      },
    },
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg', 'audio/*'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,ogg,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
      manifest: {
        id: './',
        name: 'RescueDrill 急救训练',
        short_name: 'RescueDrill',
        description: '心肺复苏、AED 与急救技能训练 · CPR, AED and first-aid training',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#b71c1c',
        background_color: '#ffffff',
        categories: ['education', 'medical', 'health'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
