import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <PopupApp />
    </DatabaseProvider>
  </StrictMode>,
);
