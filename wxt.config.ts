import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/commands';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modulesDir: 'wxt-modules',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // "Always run on this site" asks for one host at a time; nothing is granted at install.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.example',
              strict_min_version: '142.0', // data_collection_permissions; the Highlight API is there since 140
              // Gloss collects nothing: no article text or reading data leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // GLOSS_PROFILE=1 builds unminified, so a CPU profile of the extension names its functions.
  vite: () => ({ plugins: [preact()], build: process.env.GLOSS_PROFILE ? { minify: false } : {} }),
});
