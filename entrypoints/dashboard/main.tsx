import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider>
      <DashboardApp />
    </DatabaseProvider>
  </StrictMode>,
);
