/** The window's feature stores (AppStores.ts), for any component that reads or acts on one. */
import { createContext, useContext } from 'react';
import type { AppStores } from './AppStores';

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside StoresContext');
  return stores;
}
