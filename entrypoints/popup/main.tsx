import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLocale } from '@/lib/i18n/documentLocale';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/styles/app.css';

applyDocumentLocale(document.documentElement);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <PopupApp />
    </DatabaseProvider>
  </StrictMode>,
);
