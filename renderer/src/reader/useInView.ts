import { useEffect, useState } from 'react';

/** The height of the sticky app header, under which nothing counts as in view. */
const HEADER_PX = 56;

/** Whether the element with this id is on screen below the header; true until it is known. */
export function useInView(elementId: string, active: boolean): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const element = active ? document.getElementById(elementId) : null;
    if (!element) return undefined;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true), {
      rootMargin: `-${HEADER_PX}px 0px 0px 0px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [elementId, active]);
  return inView;
}
