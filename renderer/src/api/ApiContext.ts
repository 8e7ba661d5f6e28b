import { createContext, useContext } from 'react';
import type { ShenyiApi } from './contract';

/** Provided once in main.tsx, so components never construct a client or guess the shell. */
export const ApiContext = createContext<ShenyiApi | null>(null);

export function useApi(): ShenyiApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext>');
  return api;
}
