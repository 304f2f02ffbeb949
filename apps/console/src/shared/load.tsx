import { Suspense, type ReactNode } from 'react';
import { Loading } from './Loading';

/** A lazily loaded screen, with the loading indicator while its code arrives. */
export const load = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;
