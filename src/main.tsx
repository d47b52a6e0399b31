import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { fetchDataFile } from './data/load.ts';
import { StoreProvider } from './store/context.tsx';
import { createAppStore } from './store/store.ts';
import './styles.css';

const store = createAppStore(fetchDataFile());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
