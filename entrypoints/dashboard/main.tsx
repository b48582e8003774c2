import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLocale } from '@/lib/i18n/documentLocale';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/styles/app.css';

applyDocumentLocale(document.documentElement);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <DashboardApp />
    </DatabaseProvider>
  </StrictMode>,
);
