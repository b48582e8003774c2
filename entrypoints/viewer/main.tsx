import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLocale } from '@/lib/i18n/documentLocale';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import '@/components/styles/app.css';
import '@/components/viewer/viewer.css';

// viewer.html#<evidenceId>: a clip's saved page, shown in a sandboxed frame.
applyDocumentLocale(document.documentElement);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <ViewerApp />
    </DatabaseProvider>
  </StrictMode>,
);
