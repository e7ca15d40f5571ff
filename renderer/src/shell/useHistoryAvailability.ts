import { useLocation } from 'wouter';

interface NavigationHistory {
  canGoBack: boolean;
  canGoForward: boolean;
}

/** Whether back and forward lead anywhere (Chromium's Navigation API), re-read on each move. */
export function useHistoryAvailability(): NavigationHistory {
  useLocation();
  const navigation = (window as Window & { navigation?: NavigationHistory }).navigation;
  return { canGoBack: navigation?.canGoBack ?? true, canGoForward: navigation?.canGoForward ?? true };
}
