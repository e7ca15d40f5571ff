import { createContext, useContext, type ReactNode } from 'react';
import type { ReperesApi } from '@shared/ipc/contract';
import type { ReperesDatabase } from '../db/schema';

interface AppServices {
  db: ReperesDatabase;
  api: ReperesApi;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The offline store and the main-process API, provided once at the root. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}
