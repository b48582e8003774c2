import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { applyDocumentLocale } from '@/lib/i18n/documentLocale';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { ClipSheetApp } from '@/components/clip/ClipSheetApp';
import '@/components/styles/app.css';

applyDocumentLocale(document.documentElement, i18n.t('clip.sheet.windowTitle'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <ClipSheetApp />
    </DatabaseProvider>
  </StrictMode>,
);
