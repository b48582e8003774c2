import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { ClipSheetApp } from '@/components/clip/ClipSheetApp';
import '@/components/styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <ClipSheetApp />
    </DatabaseProvider>
  </StrictMode>,
);
