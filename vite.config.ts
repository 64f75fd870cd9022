import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { appVersion } from './src/server/build-info.ts';

const version = appVersion();

export default defineConfig({
  root: '.',
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  build: {
    outDir: process.env.REPERES_BUILD_OUT ?? 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      // The manifest is emitted by the plugin; listing it in globPatterns would duplicate it.
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        rollupFormat: 'es',
      },
      manifest: {
        id: '/',
        name: 'Repères — services aux familles et accès aux droits',
        short_name: 'Repères',
        description:
          "Annuaire des services aux familles et repères sur l'accès aux droits, utilisable sans réseau.",
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
