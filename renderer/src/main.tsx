// First, so React Refresh is set up in `electron-vite dev`: the CSP forbids the inline preamble
// the React plugin would otherwise inject into index.html. In a build this module is empty.
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { ApiContext } from './api/ApiContext';
import { App } from './app/App';
import { startBoot } from './app/boot';
import { StoreGate } from './backups/StoreGate';
import './app/theme.css';
import './app/app.css';
import './reader/reader.css';
import './outline/outline.css';
import './library/library.css';
import './notes/notes.css';
import './export/export.css';
import './backups/backups.css';

// Created before the first render: in the browser shell this reads and hides the URL's token.
const api = createApiClient();
const boot = startBoot(api);
const locale = boot.settings.then((result) => (result.ok ? result.value.locale : 'zh-Hans' as const));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApiContext value={api}>
      <StoreGate locale={locale}>
        <App boot={boot} />
      </StoreGate>
    </ApiContext>
  </StrictMode>,
);
